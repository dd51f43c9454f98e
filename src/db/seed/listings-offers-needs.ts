import type { DemoListing } from './types.js';

/**
 * Demo technology offers and needs (≈50 each) in the five content languages. Modelled on the source texts
 * in /work/shared/source-texts/ (Pujiang/Binjiang forum and its supply–demand platform, the diplomats'
 * matchmaking roadshow in Beijing, the YRD foreign R&D open day, the Hangzhou talent conference and the
 * Shanghai S&T cooperation report). All organisations, people, figures and patent numbers are demo data.
 *
 * Most needs carry `answers`: the key of an offer written in a different language that solves the same
 * problem in other words (a zh-Hans need ↔ a German offer, a Vietnamese need ↔ a zh-Hans offer, …).
 * Several listings in the same sector deliberately solve a different problem (near-miss distractors).
 */
export const OFFER_NEED_LISTINGS: DemoListing[] = [
  // ───────────────────── Laser technology / new energy vehicles ─────────────────────
  {
    key: 'need-zh-battery-tray-welding',
    org: 'cn_ent_battery',
    status: 'published',
    publishedDaysAgo: 12,
    answers: 'offer-de-laser-welding-al',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '新能源汽车铝合金电池托盘激光焊接工艺优化（气孔率与热变形控制）',
      summary:
        '我司为长三角多家主机厂配套6系铝合金挤压型材电池托盘（6061-T6/6063-T6，壁厚2–4 mm，外形约1,800×1,400 mm），目前采用MIG焊+搅拌摩擦焊组合工艺，焊缝气孔率偏高、整体平面度超差。计划将边框与底板连接改为激光焊接，现寻求具备铝合金激光焊接工艺开发经验的研究机构或设备商，共同完成工艺窗口开发与小批量验证。目标：焊缝气孔率≤1%，托盘平面度≤1.5 mm，气密性满足IP67。',
      translations: [
        {
          language: 'en',
          title: 'Laser welding process for aluminium EV battery trays (porosity and distortion control)',
          summary:
            'We supply extruded 6xxx aluminium battery trays (6061-T6/6063-T6, 2–4 mm walls, approx. 1,800 × 1,400 mm) to several carmakers in the Yangtze River Delta. The current MIG plus friction-stir welding process gives high weld porosity and trays out of flatness tolerance. We plan to switch the frame-to-floor joints to laser welding and are looking for a research institute or equipment maker experienced in aluminium laser welding to develop the process window and validate it in a small batch. Targets: porosity ≤ 1%, flatness ≤ 1.5 mm, IP67 tightness.',
        },
      ],
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding', 'kw.lithium_battery'],
      freeKeywords: ['电池托盘', '6系铝合金', '摆动激光焊', '气孔控制'],
      countriesSought: ['DE', 'FI', 'CN'],
      visibility: 'public',
      details: {
        problem:
          '6系铝合金激光焊接易产生气孔与热裂纹；托盘焊缝总长超过20 m，热输入累积导致整体变形，焊后需大量矫形；现有MIG工艺节拍约18 min/件，无法满足年产15万套的产能规划。',
        desiredSolution:
          '提供摆动激光焊或双光束激光焊工艺方案（含焊丝与保护气选型、夹具与焊接顺序设计建议、在线熔池监测），在我司常州工厂完成样件试制与工艺固化，并支持后续产线导入。',
        budget: { min: 800000, max: 1500000, currency: 'CNY' },
        deadline: '2027-06-30',
        trlMin: 6,
        cooperationTypes: ['joint_rd', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-de-laser-welding-al',
    org: 'de_laser_inst',
    status: 'published',
    publishedDaysAgo: 40,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Laserstrahlschweißen mit örtlicher Strahloszillation für Batteriewannen aus Aluminium',
      summary:
        'Das Institut hat ein Verfahren zum Laserstrahlschweißen von Aluminium-Strangpressprofilen und -Blechen (EN AW-6061, EN AW-6082, Druckguss AlSi10MnMg) mit hochfrequenter Strahloszillation bis 1 kHz entwickelt. Durch die gezielte Bewegung der Dampfkapillare sinkt die Porosität auf unter 0,5 % des Nahtvolumens, die Heißrissneigung wird deutlich reduziert. In Kombination mit angepasster Schweißfolge und Spanntechnik verringert sich der Verzug großformatiger Batteriewannen gegenüber MIG um rund 40 %. Das Verfahren wurde mit einem Automobilhersteller im Pilotmaßstab auf einer 8-kW-Scheibenlaseranlage validiert; eine koaxiale Kamera überwacht den Prozess inline.',
      translations: [
        {
          language: 'en',
          title: 'Laser beam welding with local beam oscillation for aluminium battery trays',
          summary:
            'The institute has developed a laser welding process for aluminium extrusions and sheets (EN AW-6061, EN AW-6082, die-cast AlSi10MnMg) using high-frequency beam oscillation up to 1 kHz. Controlled keyhole movement keeps porosity below 0.5% of the weld volume and markedly reduces hot cracking. Combined with an adapted welding sequence and clamping, distortion of large battery trays drops by about 40% compared with MIG. The process has been validated with a carmaker at pilot scale on an 8 kW disk laser, with coaxial-camera inline monitoring.',
        },
      ],
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding', 'kw.lithium_battery'],
      freeKeywords: ['Strahloszillation', 'Batteriewanne', 'Aluminium-Strangpressprofil', 'Porenreduktion'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2019 214 562 B4', 'EP 3 826 431 B1'],
        cooperationTypes: ['licensing', 'joint_rd', 'technical_service'],
        applications:
          'Batteriewannen und Modulgehäuse für Elektrofahrzeuge, Kühlplatten, Karosserie-Strukturbauteile aus Aluminium, Mischverbindungen aus Druckguss und Strangpressprofil.',
      },
    },
  },
  {
    key: 'need-de-blue-laser-copper',
    org: 'de_laser_inst',
    status: 'published',
    publishedDaysAgo: 36,
    answers: 'offer-en-blue-diode-laser',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Blaue Hochleistungs-Diodenlaser (450 nm, ≥ 1,5 kW) für spritzerfreies Kupferschweißen gesucht',
      summary:
        'Für ein Verbundprojekt zum Schweißen von Kupfer-Hairpins und Stromschienen in Elektromotoren und Batteriemodulen suchen wir Hersteller blauer Diodenlaser. Bei 1 µm Wellenlänge absorbiert Kupfer nur etwa 5 % der Strahlung, was zu instabiler Einkopplung und Spritzern führt; bei 450 nm liegt die Absorption über 60 %. Gesucht werden Strahlquellen mit ausreichender Leistung und Strahlqualität, die wir in unsere Prozessentwicklung integrieren und in einem Pilotprojekt mit einem Automobilzulieferer einsetzen können.',
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding', 'kw.electric_drive'],
      freeKeywords: ['Blaulaser', 'Kupferschweißen', 'Hairpin', 'Stromschiene'],
      countriesSought: ['CN', 'US'],
      visibility: 'public',
      details: {
        problem:
          'Infrarot-Faserlaser erzeugen beim Kupferschweißen Spritzer und Poren; Hybridansätze (grün plus IR) sind teuer. Die bisher verfügbaren blauen Laser bieten zu wenig Leistung oder eine zu schlechte Fokussierbarkeit für das Tiefschweißen von 2–3 mm Kupfer.',
        desiredSolution:
          'Blauer Diodenlaser mit ≥ 1,5 kW Ausgangsleistung, Faserkerndurchmesser ≤ 200 µm, Modulierbarkeit bis 5 kHz und Industrietauglichkeit; Bereitstellung einer Leihquelle für sechs Monate und gemeinsame Veröffentlichung der Ergebnisse.',
        budget: { min: 100000, max: 300000, currency: 'EUR' },
        deadline: '2027-03-31',
        trlMin: 6,
        cooperationTypes: ['joint_rd', 'distribution'],
      },
    },
  },
  {
    key: 'offer-en-blue-diode-laser',
    org: 'cn_ent_laser',
    status: 'published',
    publishedDaysAgo: 47,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: '2 kW blue diode laser (450 nm) for spatter-free welding of copper and other non-ferrous metals',
      summary:
        'Our blue semiconductor laser, made in Wuhan, delivers 2,000 W continuous output at 450 nm through a 200 µm, NA 0.22 fibre, with modulation up to 10 kHz. Copper absorbs over 60% of blue light versus about 5% in the infrared, so conduction and keyhole welds on hairpins, busbars and battery tabs are stable and virtually spatter-free. The water-cooled source is CE-certified, works with standard robot and scanner optics and is in series production for battery and e-motor lines in China. Demo units and application tests are available to research partners.',
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding', 'kw.electric_drive'],
      freeKeywords: ['blue laser', 'copper welding', 'hairpin stator', 'busbar'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN114336271B', 'CN216529832U'],
        cooperationTypes: ['distribution', 'joint_rd', 'manufacturing'],
        applications:
          'Hairpin stator welding, battery tab and busbar welding, copper additive manufacturing and cladding, jewellery, soldering of electronic components.',
      },
    },
  },
  {
    key: 'need-zh-turbine-cooling-holes',
    org: 'shanghai_stc',
    status: 'published',
    publishedDaysAgo: 3,
    answers: 'offer-de-usp-laser-drilling',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '航空发动机单晶涡轮叶片气膜冷却孔无重铸层超快激光加工技术需求',
      summary:
        '受本市某航空发动机研制单位委托，征集镍基单晶高温合金涡轮叶片气膜孔高效精密加工技术。叶片表面带陶瓷热障涂层，单件气膜孔数量300–600个，孔径0.3–0.8 mm，含大量异形扩散孔。现有电火花加工需分步去除涂层且效率低，长脉冲激光加工存在重铸层和微裂纹，影响叶片疲劳寿命。',
      sectors: ['aerospace', 'laser_technology'],
      keywords: ['kw.ultrafast_laser', 'kw.precision_machining'],
      freeKeywords: ['气膜冷却孔', '单晶叶片', '热障涂层', '重铸层'],
      countriesSought: ['DE', 'GB', 'FI'],
      visibility: 'anonymous',
      details: {
        problem:
          '电火花加工单件耗时超过6小时，且无法一次穿透陶瓷热障涂层；毫秒激光打孔重铸层厚度20–50 μm，存在涂层剥离和微裂纹风险。',
        desiredSolution:
          '皮秒/飞秒超快激光一次性穿透热障涂层和基体的加工工艺与装备，重铸层≤5 μm、无微裂纹，孔径公差±0.02 mm，单孔加工时间≤20 s，支持扩散孔五轴加工及在线孔形检测。',
        budget: { min: 5000000, max: 12000000, currency: 'CNY' },
        deadline: '2027-12-31',
        trlMin: 6,
        cooperationTypes: ['joint_rd', 'technology_transfer'],
      },
    },
  },
  {
    key: 'offer-de-usp-laser-drilling',
    org: 'de_laser_inst',
    status: 'published',
    publishedDaysAgo: 76,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Ultrakurzpuls-Laserbohren von Kühlluftbohrungen in beschichteten Turbinenschaufeln',
      summary:
        'Das Institut hat ein Verfahren entwickelt, mit dem zylindrische und formgebende Kühlluftbohrungen (Diffusorbohrungen) in Nickelbasis-Superlegierungen mit keramischer Wärmedämmschicht in einem einzigen Prozessschritt gebohrt werden. Mit Pikosekundenlasern hoher mittlerer Leistung (bis 500 W) und einer 5-Achs-Wendelbohroptik entstehen Bohrungen von 0,2–1,0 mm ohne Wiedererstarrungsschicht und ohne Mikrorisse; die Bearbeitungszeit liegt bei 8–15 s pro Bohrung. Eine integrierte OCT-Messung prüft Durchbruch und Bohrungsgeometrie inline. Die Prozesse wurden gemeinsam mit europäischen Triebwerksherstellern an realen Schaufeln qualifiziert.',
      sectors: ['aerospace', 'laser_technology'],
      keywords: ['kw.ultrafast_laser', 'kw.precision_machining'],
      freeKeywords: ['Ultrakurzpulslaser', 'Kühlluftbohrungen', 'Wärmedämmschicht', 'Wendelbohren'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2017 208 979 B4', 'EP 3 459 677 B1'],
        cooperationTypes: ['joint_rd', 'licensing', 'technical_service'],
        applications:
          'Turbinenschaufeln und Brennkammerbauteile von Flugtriebwerken und stationären Gasturbinen, Einspritzdüsen, Filter und Spinndüsen.',
      },
    },
  },
  {
    key: 'need-zht-hard-chrome-replacement',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 37,
    answers: 'offer-de-ehla-cladding',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '以環保耐磨塗層取代液壓缸活塞桿鍍硬鉻之技術需求',
      summary:
        '本孵化器場景合作夥伴為一家位於昆山的台資液壓缸製造商，年產工程機械及海事用液壓缸約12萬支，活塞桿目前全數採用電鍍硬鉻。受六價鉻排放管制趨嚴及歐洲客戶ESG要求影響，企業計畫在兩年內建置無鉻表面處理產線。現徵求耐腐蝕、耐磨且效率可與電鍍相當的替代技術，例如高速雷射熔覆。',
      sectors: ['laser_technology', 'advanced_materials', 'equipment_manufacturing'],
      keywords: ['kw.precision_machining'],
      freeKeywords: ['高速雷射熔覆', '取代硬鉻', '液壓缸活塞桿', '耐腐蝕塗層'],
      countriesSought: ['DE', 'NL'],
      visibility: 'anonymous',
      details: {
        problem:
          '電鍍硬鉻涉及六價鉻污染，環評審批困難；鍍層存在微裂紋，海事環境下中性鹽霧試驗約200小時即出現腐蝕；傳統雷射熔覆速度慢、稀釋率高、表面粗糙，需大量研磨。',
        desiredSolution:
          '可於直徑40–300 mm、長度6 m以下之活塞桿進行高速熔覆，塗層厚度0.1–0.3 mm、稀釋率<5%，中性鹽霧試驗≥1,000小時，加工效率不低於0.5 m²/h；提供設備、製程包及人員培訓。',
        budget: { min: 5000000, max: 12000000, currency: 'CNY' },
        deadline: '2027-06-30',
        trlMin: 7,
        cooperationTypes: ['technology_transfer', 'licensing'],
      },
    },
  },
  {
    key: 'offer-de-ehla-cladding',
    org: 'de_laser_inst',
    status: 'published',
    publishedDaysAgo: 115,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Extremes Hochgeschwindigkeits-Laserauftragschweißen (EHLA) als Ersatz für Hartverchromung',
      summary:
        'Beim EHLA-Verfahren wird das Pulver bereits oberhalb des Schmelzbads aufgeschmolzen, sodass Vorschubgeschwindigkeiten bis 200 m/min und Schichtdicken von 25–300 µm bei einer Aufmischung unter 1 % möglich sind. Für Hydraulikzylinder, Bremsscheiben und Walzen ersetzt das Verfahren galvanisches Hartchrom ohne Chrom(VI): Die metallurgisch angebundenen Schichten aus Edelstahl, Nickel- oder Eisenbasislegierungen mit Karbiden halten über 1.000 h im neutralen Salzsprühtest. Die Flächenrate liegt bei bis zu 1 m²/h, der Schleifaufwand ist dank geringer Rauheit klein. Lizenzen und Anlagentechnik bieten wir gemeinsam mit Industriepartnern an.',
      sectors: ['laser_technology', 'advanced_materials', 'equipment_manufacturing'],
      keywords: ['kw.precision_machining'],
      freeKeywords: ['EHLA', 'Laserauftragschweißen', 'Hartchromersatz', 'Korrosionsschutz'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2011 100 456 B4', 'EP 2 707 172 B1'],
        cooperationTypes: ['licensing', 'technology_transfer', 'technical_service'],
        applications:
          'Kolbenstangen von Hydraulikzylindern (Bau-, Offshore- und Landmaschinen), Bremsscheiben, Papier- und Stahlwalzen, Wellen und Lagersitze, Reparatur von Verschleißteilen.',
      },
    },
  },
  {
    key: 'need-de-2um-fiber-laser',
    org: 'de_laser_inst',
    status: 'submitted',
    answers: 'offer-en-thulium-fiber-laser',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Ultrakurzpuls-Faserlaser bei 2 µm Wellenlänge für die Bearbeitung von Silizium und Kunststoffen gesucht',
      summary:
        'Für die Innenbearbeitung (Stealth Dicing) von Siliziumwafern und das Schweißen transparenter Kunststoffe ohne Absorberzusatz untersuchen wir Wellenlängen um 2 µm, bei denen Silizium transparent ist und viele Polymere selbst absorbieren. Kommerzielle Strahlquellen sind in diesem Bereich kaum verfügbar. Gesucht wird ein Forschungspartner oder Hersteller von Thulium- oder Holmium-dotierten Ultrakurzpuls-Faserlasern, der eine Quelle für unsere Prozessentwicklung bereitstellt und gemeinsam mit uns weiterentwickelt.',
      sectors: ['laser_technology', 'semiconductors'],
      keywords: ['kw.ultrafast_laser'],
      freeKeywords: ['2-µm-Laser', 'Thulium-Faserlaser', 'Stealth Dicing', 'Kunststoffschweißen'],
      countriesSought: ['FI', 'GB', 'CN'],
      visibility: 'public',
      details: {
        problem:
          'Bei 1 µm und 1,5 µm ist Silizium für eine saubere Modifikation im Volumen dicker Wafer nicht ausreichend transparent; transparente Kunststoffe benötigen bisher Absorberadditive, die für Medizinprodukte problematisch sind.',
        desiredSolution:
          'Faserbasierte Strahlquelle bei 1,9–2,1 µm mit Pulsdauern < 10 ps, mittlerer Leistung ≥ 20 W, Pulsenergie ≥ 10 µJ und M² < 1,3; gemeinsames Projekt (z. B. im Rahmen von Horizon Europe) über 24 Monate.',
        budget: { min: 150000, max: 400000, currency: 'EUR' },
        deadline: '2027-04-30',
        trlMin: 4,
        cooperationTypes: ['joint_rd'],
      },
    },
  },
  {
    key: 'offer-en-thulium-fiber-laser',
    org: 'fi_univ',
    status: 'published',
    publishedDaysAgo: 56,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Picosecond thulium-doped fibre laser at 2 µm for silicon and polymer processing',
      summary:
        'Our photonics laboratory has developed an all-fibre thulium-doped master-oscillator power amplifier delivering 2–8 ps pulses at 1.95–2.05 µm with 30 W average power, pulse energies up to 25 µJ and near-diffraction-limited beam quality (M² < 1.2). The semiconductor saturable absorber mirrors for the oscillator are grown in-house, giving full control over pulse parameters. Industrial partners use the source for internal modification of silicon, absorber-free welding of transparent plastics and mid-infrared pumping. We offer prototype loans, joint projects and licences for the laser design.',
      sectors: ['laser_technology', 'semiconductors'],
      keywords: ['kw.ultrafast_laser'],
      freeKeywords: ['thulium fibre laser', '2 µm', 'picosecond pulses', 'SESAM'],
      visibility: 'public',
      details: {
        trl: 5,
        iprStatus: 'patent_applied',
        patentNumbers: ['FI 20225418 A', 'EP 4 288 310 A1'],
        cooperationTypes: ['joint_rd', 'licensing', 'technology_transfer'],
        applications:
          'Stealth dicing and internal modification of silicon wafers, absorber-free welding of transparent plastics for medical devices, mid-infrared pumping, gas sensing and lidar, soft-tissue surgery.',
      },
    },
  },
  {
    key: 'need-zht-evtol-composite',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 23,
    answers: 'offer-de-thermoplastic-cfrp',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: 'eVTOL飛行器熱塑性碳纖維複合材料機身結構與快速成型技術需求',
      summary:
        '本孵化器入駐的一家電動垂直起降（eVTOL）飛行器新創，創始團隊來自台灣與香港，正開發5座載人機型，規劃於2029年取得型號合格證。目前機身採用熱固性預浸料熱壓罐製程，週期長、成本高且廢料難以回收。團隊尋求熱塑性碳纖維複合材料（如CF/PEEK、CF/LM-PAEK）結構設計、快速成型及熔接技術，以降低結構重量與單機製造成本。',
      sectors: ['aerospace', 'advanced_materials'],
      keywords: ['kw.composite_materials', 'kw.uav'],
      freeKeywords: ['eVTOL', '熱塑性複合材料', '感應熔接', '低空經濟'],
      countriesSought: ['DE', 'NL', 'FR'],
      visibility: 'anonymous',
      details: {
        problem:
          '熱壓罐固化週期8–12小時，單架機身結構件製造需6週；鉚接與膠接增加重量且檢測工作量大；熱固性邊角料與報廢件無法回收。',
        desiredSolution:
          '熱塑性複合材料結構設計，搭配熱壓成型或自動鋪放原位固結製程，並以感應熔接或電阻熔接取代鉚接；構件減重≥15%、成型週期≤30分鐘，並可協助完成適航符合性驗證試驗。',
        budget: { min: 8000000, max: 20000000, currency: 'CNY' },
        deadline: '2027-10-31',
        trlMin: 5,
        cooperationTypes: ['joint_rd', 'technology_transfer'],
      },
    },
  },
  {
    key: 'offer-de-thermoplastic-cfrp',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 94,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Thermoplastische CFK-Leichtbaustrukturen mit Induktionsschweißen für Luftfahrt und eVTOL',
      summary:
        'Unser Institut für Leichtbau bietet eine durchgängige Prozesskette für Strukturbauteile aus kohlenstofffaserverstärktem PEEK und LM-PAEK: automatisierte Faserablage mit In-situ-Konsolidierung, Stempelumformen in Zykluszeiten unter 15 Minuten und kontinuierliches Induktionsschweißen anstelle von Nieten. An Rumpfschalen-Demonstratoren wurden gegenüber der Prepreg-Autoklav-Bauweise 18 % Gewichtseinsparung und 30 % geringere Fertigungskosten nachgewiesen. Die Werkstoffe sind wieder aufschmelzbar und damit recycelbar. Wir bieten gemeinsame Entwicklungsprojekte, Prototypenfertigung und Unterstützung bei Zulassungsversuchen.',
      sectors: ['aerospace', 'advanced_materials'],
      keywords: ['kw.composite_materials', 'kw.uav'],
      freeKeywords: ['thermoplastisches CFK', 'Induktionsschweißen', 'In-situ-Konsolidierung', 'eVTOL'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2018 131 247 B4', 'DE 10 2021 114 906 A1'],
        cooperationTypes: ['joint_rd', 'technology_transfer', 'technical_service'],
        applications:
          'Rumpf- und Flügelstrukturen von Flugzeugen, eVTOL und Drohnen, Raumfahrtstrukturen, Wasserstoffdrucktanks, Leichtbau im Automobil.',
      },
    },
  },

  // ───────────────────── Batteries, green energy ─────────────────────
  {
    key: 'need-en-sodium-ion-storage-cells',
    org: 'pl_startup',
    status: 'published',
    publishedDaysAgo: 25,
    answers: 'offer-zh-sodium-ion-cells',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'Sodium-ion cells wanted for outdoor residential storage in Central Europe (−20 °C operation)',
      summary:
        'We build 10–30 kWh home and small-commercial storage units in Kraków for Poland and the Baltic states, where unheated outdoor installations see winter temperatures down to −20 °C. Our current LFP systems need pack heaters that consume up to 8% of the stored energy in winter. We are looking for a supplier or co-development partner for prismatic sodium-ion cells with good low-temperature performance, and would co-design the BMS and pack with them.',
      sectors: ['green_energy'],
      keywords: ['kw.energy_storage'],
      freeKeywords: ['sodium-ion', 'low-temperature performance', 'residential storage', 'prismatic cells'],
      countriesSought: ['CN'],
      visibility: 'public',
      details: {
        problem:
          'LFP cells cannot be charged below 0 °C without heating and lose roughly 30% of usable capacity at −20 °C. Heating adds cost, complexity and standby losses, and lithium prices make our bill of materials volatile.',
        desiredSolution:
          'Prismatic sodium-ion cells (≥ 150 Wh/kg, ≥ 4,000 cycles to 80% SOH) retaining ≥ 85% capacity at −20 °C, certified to UN38.3 and IEC 62619, with samples within six months and about 50 MWh per year from 2028.',
        budget: { min: 500000, max: 1500000, currency: 'PLN' },
        deadline: '2027-03-15',
        trlMin: 7,
        cooperationTypes: ['manufacturing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zh-sodium-ion-cells',
    org: 'cn_ent_battery',
    status: 'published',
    publishedDaysAgo: 70,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '宽温域钠离子电池（层状氧化物/硬碳体系）及储能模组',
      summary:
        '公司开发的钠离子方形铝壳电芯（3.1 V、160 Ah）采用铜基层状氧化物正极与生物质硬碳负极，能量密度155 Wh/kg，25℃下1C循环4,500次容量保持率82%。电芯在−20℃下放电容量保持率达90%，−30℃仍可正常放电，无需加热即可满足寒冷地区户外储能需求。产品已通过GB/T 36276、UN38.3及IEC 62619测试，常州基地一期年产能2 GWh，可为海外集成商提供电芯、模组及BMS联合开发。',
      sectors: ['green_energy'],
      keywords: ['kw.energy_storage'],
      freeKeywords: ['钠离子电池', '硬碳负极', '低温放电', '层状氧化物'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN115863763B', 'CN116544395B'],
        cooperationTypes: ['manufacturing', 'joint_rd', 'distribution'],
        applications: '户用及工商业储能、通信基站备电、低速电动车与两轮车、寒冷地区启停电源。',
      },
    },
  },
  {
    key: 'need-zh-second-life-grading',
    org: 'cn_ent_battery',
    status: 'published',
    publishedDaysAgo: 45,
    answers: 'offer-en-second-life-bms',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '退役动力电池模组快速检测分选与梯次储能BMS技术需求',
      summary:
        '我公司每年回收退役磷酸铁锂动力电池包约3,000吨，计划将健康状态（SOH）在70%–80%之间的模组用于工商业梯次储能。目前采用满充满放容量测试进行分选，单个模组检测耗时8小时以上，且不同车型来源的模组一致性差。现寻求快速SOH与内短路风险评估技术，以及适配混合模组的梯次储能BMS，可采用技术许可或合资建线方式合作。',
      sectors: ['green_energy', 'new_energy_vehicles'],
      keywords: ['kw.battery_recycling', 'kw.energy_storage'],
      freeKeywords: ['梯次利用', 'SOH快速评估', '电化学阻抗谱', '电池护照'],
      countriesSought: ['PL', 'DE', 'FI'],
      visibility: 'public',
      details: {
        problem:
          '现行全容量测试能耗高、效率低；仅凭内阻和电压无法可靠识别析锂和微短路风险；不同来源模组混用导致储能系统簇间不均衡，可用容量损失约15%。',
        desiredSolution:
          '基于电化学阻抗谱或脉冲响应的模组级快速分选方法（≤15分钟/模组，SOH估算误差≤3%），以及支持模组级主动均衡与云端数据追溯的梯次利用BMS；希望合作方具备欧盟电池护照相关经验。',
        budget: { min: 2000000, max: 5000000, currency: 'CNY' },
        deadline: '2027-09-30',
        trlMin: 6,
        cooperationTypes: ['licensing', 'joint_venture', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-en-second-life-bms',
    org: 'pl_startup',
    status: 'published',
    publishedDaysAgo: 60,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Rapid SOH grading and module-level BMS for second-life EV battery storage',
      summary:
        'Our platform grades used EV battery modules in under 12 minutes using pulse-response and impedance analysis, estimating state of health within ±2.5% of a full capacity test and flagging lithium plating and soft internal shorts. Graded modules of different origins are combined in our 200 kWh second-life cabinets, whose module-level active-balancing BMS recovers up to 12% of capacity otherwise lost to mismatch. Each module gets a digital record compatible with the EU Battery Passport. Systems have been running at three Polish commercial sites since 2024.',
      sectors: ['green_energy', 'new_energy_vehicles'],
      keywords: ['kw.battery_recycling', 'kw.energy_storage'],
      freeKeywords: ['second-life batteries', 'SOH estimation', 'active balancing', 'EU Battery Passport'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_applied',
        patentNumbers: ['EP 4 215 876 A1', 'PL 444318 A1'],
        cooperationTypes: ['licensing', 'joint_venture', 'technical_service'],
        applications:
          'Second-life storage for commercial and industrial sites, buffering of EV fast chargers, battery collection and recycling centres, warranty diagnostics for electric bus and logistics fleets.',
      },
    },
  },
  {
    key: 'need-vi-e-motorbike-swap-battery',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 13,
    answers: 'offer-zh-two-wheeler-swap-pack',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Tìm pin LFP tiêu chuẩn hóa và BMS kết nối đám mây cho mạng lưới đổi pin xe máy điện',
      summary:
        'Thay mặt một doanh nghiệp khởi nghiệp tại Hà Nội đang triển khai 300 trạm đổi pin cho xe máy điện giao hàng, Trung tâm tìm đối tác cung cấp pin và công nghệ quản lý pin. Xe giao hàng chạy 120–150 km/ngày, đổi pin 2–3 lần, hoạt động trong điều kiện nóng ẩm và đường ngập nước vào mùa mưa. Doanh nghiệp cần bộ pin LFP tiêu chuẩn chống nước, BMS giám sát từ xa và khóa pin khi bị đánh cắp.',
      sectors: ['new_energy_vehicles', 'green_energy'],
      keywords: ['kw.lithium_battery', 'kw.iot'],
      freeKeywords: ['đổi pin', 'xe máy điện', 'pin LFP', 'BMS'],
      countriesSought: ['CN', 'TW'],
      visibility: 'anonymous',
      details: {
        problem:
          'Pin NMC đang dùng nóng lên nhanh khi sạc nhanh ở nhiệt độ môi trường 38 °C, tuổi thọ chỉ khoảng 800 chu kỳ; không theo dõi được trạng thái pin theo thời gian thực; thất thoát pin do trộm cắp.',
        desiredSolution:
          'Pin LFP 60–72 V, 30–40 Ah, chuẩn IP67, tuổi thọ ≥ 2.500 chu kỳ; BMS có kết nối 4G/NB-IoT, định vị và khóa từ xa, API tích hợp với phần mềm quản lý trạm đổi pin; có khả năng lắp ráp tại Việt Nam.',
        budget: { min: 10000000000, max: 25000000000, currency: 'VND' },
        deadline: '2027-02-28',
        trlMin: 8,
        cooperationTypes: ['manufacturing', 'technology_transfer', 'joint_venture'],
      },
    },
  },
  {
    key: 'offer-zh-two-wheeler-swap-pack',
    org: 'cn_ent_battery',
    status: 'published',
    publishedDaysAgo: 90,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '两轮车换电用磷酸铁锂标准电池包及云端智能BMS',
      summary:
        '公司量产的两轮车换电电池包采用磷酸铁锂圆柱电芯，规格为60 V/36 Ah和72 V/30 Ah，整包防护等级IP67，可在45℃高温环境下快充，循环寿命≥3,000次（80% SOH）。内置4G+GPS智能BMS，支持远程状态监测、故障预警、电子围栏与远程锁止，并通过开放API接入换电柜和运营平台。产品已在国内外卖、快递换电网络累计投放超过40万组，可提供CKD散件并支持海外本地组装。',
      sectors: ['new_energy_vehicles', 'green_energy'],
      keywords: ['kw.lithium_battery', 'kw.iot'],
      freeKeywords: ['换电', '两轮车电池', '智能BMS', '远程锁止'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN114122519B', 'CN217468654U'],
        cooperationTypes: ['manufacturing', 'technology_transfer', 'distribution'],
        applications: '外卖与快递电动两轮车换电网络、共享电单车、电动三轮物流车、低速车储能。',
      },
    },
  },
  {
    key: 'offer-zht-aerogel-thermal-barrier',
    org: 'cn_incubator',
    status: 'submitted',
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '動力電池熱失控防護用二氧化矽氣凝膠隔熱墊（1 mm厚可阻隔800℃火焰）',
      summary:
        '本孵化器入駐的台灣材料團隊開發了纖維增強二氧化矽氣凝膠複合隔熱墊，導熱係數低至0.018 W/(m·K)，1 mm厚度於800℃火焰下背溫維持在200℃以下超過5分鐘，可有效延緩電芯間熱蔓延。採用常壓乾燥製程取代超臨界乾燥，成本降低約40%，並具良好壓縮回彈性以吸收電芯膨脹。產品已通過多家電池廠熱擴散測試，符合GB 38031-2020要求，年產能50萬平方公尺。',
      sectors: ['advanced_materials', 'new_energy_vehicles'],
      keywords: ['kw.nanomaterials', 'kw.lithium_battery'],
      freeKeywords: ['氣凝膠', '熱失控防護', '電芯隔熱', '常壓乾燥'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113563006B', 'TW I789215B'],
        cooperationTypes: ['manufacturing', 'distribution', 'joint_rd'],
        applications: '動力電池模組電芯間隔熱、儲能電池艙防火、電動船舶電池艙、工業管線及建築保溫。',
      },
    },
  },
  {
    key: 'need-de-rice-husk-silicon-anode',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 53,
    answers: 'offer-vi-rice-husk-nano-silica',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Nachhaltige Siliziumquelle für Si/C-Anoden: nanoskaliges SiO2 aus Reisschalen gesucht',
      summary:
        'In einem Forschungsprojekt zu Hochenergie-Lithium-Ionen-Zellen entwickeln wir Si/C-Kompositanoden, deren Silizium per magnesiothermischer Reduktion aus porösem SiO2 gewonnen wird. Reisschalenasche ist eine natürlich nanostrukturierte, kostengünstige SiO2-Quelle mit geringem CO2-Fußabdruck. Wir suchen einen Partner in einem Reisanbauland, der hochreines amorphes Nano-SiO2 aus Reisschalen im Kilogramm-Maßstab herstellt und es gemeinsam mit uns auf Batteriequalität optimiert.',
      sectors: ['advanced_materials', 'green_energy'],
      keywords: ['kw.nanomaterials', 'kw.lithium_battery'],
      freeKeywords: ['Reisschalen', 'Siliziumanode', 'Nano-SiO2', 'magnesiothermische Reduktion'],
      countriesSought: ['VN', 'TH', 'IN'],
      visibility: 'public',
      details: {
        problem:
          'Kommerzielles Nano-Silizium ist teuer (> 200 €/kg) und energieintensiv in der Herstellung. Die bisher getesteten Reisschalenaschen enthielten zu viel K, Ca und Fe und hatten stark schwankende spezifische Oberflächen.',
        desiredSolution:
          'Amorphes SiO2 aus Reisschalen mit Reinheit ≥ 99,5 %, Metallverunreinigungen < 500 ppm und spezifischer Oberfläche von 200–400 m²/g; zunächst 20 kg Versuchsmenge, später Tonnenmaßstab. Ein gemeinsamer Förderantrag (z. B. in einem deutsch-südostasiatischen Programm) ist möglich.',
        budget: { min: 40000, max: 120000, currency: 'EUR' },
        deadline: '2027-12-31',
        trlMin: 4,
        cooperationTypes: ['joint_rd', 'manufacturing'],
      },
    },
  },
  {
    key: 'offer-vi-rice-husk-nano-silica',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 78,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Công nghệ sản xuất nano silica vô định hình độ tinh khiết cao từ vỏ trấu',
      summary:
        'Nhóm nghiên cứu của trường đã phát triển quy trình tiền xử lý vỏ trấu bằng axit hữu cơ, sau đó nung có kiểm soát ở 600–700 °C để thu nano silica vô định hình có độ tinh khiết trên 99,7%, tổng tạp chất kim loại dưới 300 ppm. Sản phẩm có diện tích bề mặt riêng 250–380 m²/g, kích thước hạt 20–50 nm; nhiệt thải từ quá trình nung được tận dụng để sấy nguyên liệu. Hệ thống pilot công suất 50 kg/ngày đang vận hành tại Cần Thơ, sản phẩm đã được thử nghiệm làm phụ gia cao su, bê tông và vật liệu anode pin lithium.',
      translations: [
        {
          language: 'en',
          title: 'High-purity amorphous nano-silica from rice husk',
          summary:
            'Our team pre-treats rice husk with organic acids and calcines it under controlled conditions at 600–700 °C to obtain amorphous nano-silica of over 99.7% purity with total metal impurities below 300 ppm. The product has a specific surface area of 250–380 m²/g and a particle size of 20–50 nm; waste heat from calcination is used to dry the feedstock. A 50 kg/day pilot line runs in Can Tho, and the material has been tested in rubber, concrete and lithium-battery anodes.',
        },
      ],
      sectors: ['advanced_materials', 'green_energy'],
      keywords: ['kw.nanomaterials', 'kw.lithium_battery'],
      freeKeywords: ['vỏ trấu', 'nano silica', 'silica vô định hình', 'phụ phẩm nông nghiệp'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['VN 1-0031245'],
        cooperationTypes: ['joint_rd', 'technology_transfer', 'manufacturing'],
        applications:
          'Phụ gia lốp xe và cao su kỹ thuật, bê tông cường độ cao, chất mang xúc tác, vật liệu anode silic cho pin lithium-ion, mỹ phẩm.',
      },
    },
  },
  {
    key: 'need-de-perovskite-encapsulation',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 72,
    answers: 'offer-zht-ald-barrier-film',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Dünnschichtverkapselung für flexible Perowskit-Silizium-Tandemsolarzellen (WVTR < 10⁻⁴ g/m²·d)',
      summary:
        'Unser Institut für Halbleiter- und Mikrosystemtechnik entwickelt flexible Perowskit-Solarmodule und Perowskit-Silizium-Tandemzellen. Perowskitschichten degradieren schnell unter Feuchte und Sauerstoff; die übliche Glas-Glas-Laminierung ist für flexible Anwendungen ungeeignet. Gesucht wird ein Partner mit Atomlagenabscheidung (ALD) oder hybriden Barrierefilmen, die bei niedriger Temperatur direkt auf die Zellen aufgebracht werden können.',
      sectors: ['green_energy', 'advanced_materials'],
      keywords: ['kw.photovoltaics', 'kw.nanomaterials'],
      freeKeywords: ['Perowskit', 'Tandemsolarzelle', 'Dünnschichtverkapselung', 'Atomlagenabscheidung'],
      countriesSought: ['CN', 'KR', 'JP'],
      visibility: 'public',
      details: {
        problem:
          'Perowskit-Absorber vertragen keine Prozesstemperaturen über 100 °C und keine wässrigen oder plasmaintensiven Prozesse. Verfügbare Barrierefolien erreichen nur eine Wasserdampfdurchlässigkeit von etwa 10⁻² g/(m²·d); im Damp-Heat-Test (85 °C/85 % r. F.) verlieren die Module nach 500 h mehr als 30 % Wirkungsgrad.',
        desiredSolution:
          'Niedertemperatur-Dünnschichtbarriere (≤ 90 °C) mit WVTR < 10⁻⁴ g/(m²·d), optischer Transmission > 90 % und Eignung für Rolle-zu-Rolle-Prozesse; Ziel sind < 10 % Wirkungsgradverlust nach 1.000 h Damp-Heat.',
        budget: { min: 150000, max: 300000, currency: 'EUR' },
        deadline: '2027-07-31',
        trlMin: 4,
        cooperationTypes: ['joint_rd', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zht-ald-barrier-film',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 46,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '低溫空間型原子層沉積（Spatial ALD）超高阻隔封裝膜，適用鈣鈦礦太陽能電池與柔性電子',
      summary:
        '本孵化器入駐的香港大學衍生團隊開發了可於80℃以下運行的卷對卷空間型原子層沉積設備，以及Al2O3/有機混合疊層阻隔膜。阻隔膜水氣穿透率（WVTR）低於5×10⁻⁵ g/(m²·天)，可見光穿透率92%，可直接沉積於鈣鈦礦電池表面而不損傷吸光層。封裝後的鈣鈦礦電池經雙85濕熱測試1,000小時，效率保持率達93%。團隊提供打樣封裝服務、設備銷售及聯合開發。',
      sectors: ['green_energy', 'advanced_materials'],
      keywords: ['kw.photovoltaics', 'kw.nanomaterials'],
      freeKeywords: ['原子層沉積', '阻隔膜', '鈣鈦礦封裝', '卷對卷'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['US 11,621,172 B2', 'CN115181742B'],
        cooperationTypes: ['joint_rd', 'technical_service', 'manufacturing'],
        applications: '鈣鈦礦及疊層太陽能電池、柔性OLED與Micro LED顯示、柔性電子與感測器、植入式醫療器材封裝。',
      },
    },
  },
  {
    key: 'need-vi-industrial-rooftop-storage',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 2,
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Tìm giải pháp lưu trữ năng lượng (BESS) cho điện mặt trời mái nhà tự sản tự tiêu tại khu công nghiệp',
      summary:
        'Nhiều nhà máy tại Bình Dương, Đồng Nai đã lắp hệ thống điện mặt trời mái nhà 1–5 MWp theo cơ chế tự sản tự tiêu, nhưng lượng điện dư bán lên lưới bị giới hạn và giá thấp. Trung tâm tìm kiếm giải pháp hệ thống pin lưu trữ tích hợp phần mềm quản lý năng lượng để dịch chuyển điện mặt trời buổi trưa sang giờ cao điểm và giảm chi phí tiền điện. Ưu tiên các đơn vị có mô hình đầu tư và chia sẻ lợi ích (ESCO).',
      sectors: ['green_energy'],
      keywords: ['kw.energy_storage', 'kw.photovoltaics'],
      freeKeywords: ['điện mặt trời mái nhà', 'BESS', 'khu công nghiệp', 'ESCO'],
      visibility: 'public',
      details: {
        problem:
          'Điện dư buổi trưa bị cắt giảm, lãng phí 10–20% sản lượng; giá điện giờ cao điểm cao gần gấp đôi giờ bình thường; doanh nghiệp lo ngại nguy cơ cháy nổ khi đặt pin gần nhà xưởng.',
        desiredSolution:
          'BESS 1–4 MWh dùng pin LFP, có chứng nhận an toàn UL 9540A hoặc tương đương, EMS tối ưu theo biểu giá điện, thời gian hoàn vốn dưới 7 năm; có mô hình cho thuê hoặc chia sẻ lợi ích.',
        budget: { min: 15000000000, max: 40000000000, currency: 'VND' },
        deadline: '2027-06-30',
        trlMin: 8,
        cooperationTypes: ['distribution', 'investment', 'technical_service'],
      },
    },
  },
  // ───────────────────── Green shipping ─────────────────────
  {
    key: 'need-zh-ship-exhaust-cems',
    org: 'cn_ent_ship',
    status: 'published',
    publishedDaysAgo: 14,
    answers: 'offer-de-marine-exhaust-analyser',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '船舶尾气SOx/NOx/CO2在线连续监测系统（CEMS）需求',
      summary:
        '我公司为30余艘沿海散货船和集装箱支线船提供尾气洗涤塔及能效管理服务，船舶需满足国内船舶大气污染物排放控制区、IMO MARPOL附则VI以及欧盟MRV的监测要求。现有便携式检测仪只能间断抽查，无法支撑洗涤塔运行优化和营运碳强度指标（CII）核算。现寻求适用于机舱环境、可长期稳定运行的尾气连续监测系统，数据可接入岸基能效管理平台。',
      translations: [
        {
          language: 'en',
          title: 'Continuous emission monitoring system (CEMS) for ship exhaust SOx/NOx/CO2',
          summary:
            'We provide exhaust gas scrubbers and energy-efficiency services for more than 30 coastal bulk carriers and container feeders that must comply with China’s ship emission control areas, IMO MARPOL Annex VI and EU MRV monitoring. Portable analysers only allow spot checks and cannot support scrubber optimisation or CII calculation. We are looking for an exhaust monitoring system that runs reliably in engine-room conditions and feeds data into our shore-based energy-efficiency platform.',
        },
      ],
      sectors: ['green_shipping'],
      keywords: ['kw.ship_emission_reduction', 'kw.air_pollution_control'],
      freeKeywords: ['CEMS', 'MARPOL附则VI', 'CII', '船舶洗涤塔'],
      countriesSought: ['DE', 'NO', 'FI'],
      visibility: 'public',
      details: {
        problem:
          '船舶振动、高温高湿以及洗涤塔后饱和含水烟气导致常规分析仪零点漂移大、维护频繁；现有设备缺乏船级社认可，数据无法用于合规报告。',
        desiredSolution:
          '测量SO2、NO、NO2、CO2的原位或抽取式分析系统，SO2/CO2比值测量符合MEPC.340(77)导则，具备CCS、DNV等船级社型式认可，维护周期≥3个月，支持Modbus/OPC UA数据输出。',
        budget: { min: 3000000, max: 6000000, currency: 'CNY' },
        deadline: '2027-05-31',
        trlMin: 8,
        cooperationTypes: ['distribution', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-de-marine-exhaust-analyser',
    org: 'de_instruments',
    status: 'published',
    publishedDaysAgo: 88,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Abgasanalysesystem für Schiffe: SO2/CO2-Verhältnis und NOx nach MARPOL Annex VI',
      summary:
        'Unser Mehrkomponenten-Analysesystem misst SO2, NO, NO2 und CO2 im Abgas von Schiffsmotoren und hinter Abgaswäschern mittels UV-Absorptionsspektroskopie (NDUV) und NDIR, mit beheizter Probenahme und Permeationstrockner. Das SO2/CO2-Verhältnis wird gemäß Richtlinie MEPC.340(77) berechnet; Baumusterzulassungen von DNV, ABS und CCS liegen vor. Dank vibrationsfester Bauweise und automatischer Kalibrierung mit Prüfgas beträgt das Wartungsintervall sechs Monate. Die Messwerte stehen über Modbus TCP und OPC UA für Energieeffizienz- und CII-Berichte zur Verfügung.',
      sectors: ['green_shipping', 'equipment_manufacturing'],
      keywords: ['kw.ship_emission_reduction', 'kw.air_pollution_control'],
      freeKeywords: ['Abgasanalyse', 'NDUV', 'MARPOL Annex VI', 'Scrubber-Überwachung'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2018 127 905 B4'],
        cooperationTypes: ['distribution', 'technical_service', 'manufacturing'],
        applications:
          'Emissionsüberwachung auf Handels- und Passagierschiffen, Regelung von Abgaswäschern und SCR-Anlagen, EU-MRV- und CII-Berichterstattung, Kraftwerke und Industrieöfen.',
      },
    },
  },
  {
    key: 'need-zh-hull-cleaning-robot',
    org: 'cn_fund',
    status: 'published',
    publishedDaysAgo: 24,
    answers: 'offer-en-hull-cleaning-robot',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '船体水下清洗与检测机器人技术需求（减阻降碳）',
      summary:
        '本基金投资的一家宁波沿海航运企业管理着40余艘散货船和集装箱船，船体海生物污底使燃油消耗增加8%–15%。目前依靠潜水员清洗或进坞处理，成本高且受多个港口的环保规定限制。企业希望引进可在锚地或码头作业的水下船体清洗机器人，同步完成船体检测，为改善CII评级提供数据支撑。',
      sectors: ['green_shipping', 'robotics'],
      keywords: ['kw.service_robot', 'kw.ship_emission_reduction'],
      freeKeywords: ['船体清洗', '污底', '水下机器人', 'CII'],
      countriesSought: ['FI', 'NO', 'NL'],
      visibility: 'anonymous',
      details: {
        problem:
          '潜水员作业安全风险高、效率低，单船清洗需2–3天；传统刷洗会损伤防污涂层并释放生物与涂层颗粒，多个港口禁止在港清洗。',
        desiredSolution:
          '具备吸附行走、软刷或空化射流清洗及污物回收过滤功能的机器人，清洗效率≥1,000 m²/h，具备测厚与视觉检测功能，可适应1.5节以下海流；获船级社认可或港口作业许可者优先。',
        budget: { min: 2000000, max: 5000000, currency: 'CNY' },
        deadline: '2027-08-31',
        trlMin: 7,
        cooperationTypes: ['distribution', 'joint_venture', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-en-hull-cleaning-robot',
    org: 'fi_univ',
    status: 'published',
    publishedDaysAgo: 59,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Magnetic-crawler robot for in-water hull grooming, inspection and debris capture',
      summary:
        'Developed by our intelligent machines group with a Finnish shipping company, this remotely operated robot attaches to steel hulls with permanent magnets and cleans up to 1,500 m² per hour using low-pressure cavitation jets that do not damage antifouling coatings. Removed biofouling and paint particles are pumped to an on-board filter unit (down to 10 µm), meeting the capture requirements of ports that restrict in-water cleaning. Ultrasonic thickness gauges and cameras record hull condition for class surveys and CII reporting. Grooming every 4–6 weeks cut fuel consumption by 6–10% in trials on Baltic ro-ro vessels.',
      sectors: ['green_shipping', 'robotics'],
      keywords: ['kw.service_robot', 'kw.ship_emission_reduction'],
      freeKeywords: ['hull cleaning', 'biofouling', 'cavitation jet', 'underwater inspection'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['FI 129876 B', 'EP 4 032 221 B1'],
        cooperationTypes: ['licensing', 'joint_venture', 'technical_service'],
        applications:
          'In-water hull cleaning and grooming of merchant ships, hull inspection for class surveys, cleaning of offshore structures, maintenance of aquaculture nets and pontoons.',
      },
    },
  },
  {
    key: 'need-zht-ebus-charging-scheduling',
    org: 'hk_capital',
    status: 'submitted',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '香港專營巴士車隊電動化之智能充電排程與車廠電力管理系統需求',
      summary:
        '本公司投資的一家公共交通數碼科技公司，正協助本港專營巴士營辦商規劃電動巴士車廠，首批400輛電動雙層巴士將於2027年起分批投入服務。車廠受電容量有限，夜間集中充電容易超出變壓器負荷，部分路線坡度大、空調耗電高，續航里程難以準確預測。現尋求結合班次編排、路線能耗預測與電網負荷的智能充電排程系統。',
      sectors: ['smart_transport', 'new_energy_vehicles', 'ai'],
      keywords: ['kw.machine_learning', 'kw.big_data'],
      freeKeywords: ['電動巴士', '智能充電', '車廠電力管理', 'V2G'],
      countriesSought: ['CN', 'SG', 'NL'],
      visibility: 'public',
      details: {
        problem:
          '車廠電力容量只足夠約六成車輛同時快充；夏季空調令能耗波動達35%，調度員缺乏可靠的剩餘續航預測；最高需求電費佔營運成本的比例持續上升。',
        desiredSolution:
          '以機器學習預測各路線能耗（誤差≤8%），並據此優化充電排程的平台，支援OCPP 2.0.1充電樁通訊、V2G試點及與現有排班系統對接；須有大型巴士車隊的實際應用案例。',
        budget: { min: 3000000, max: 8000000, currency: 'HKD' },
        deadline: '2027-05-31',
        trlMin: 7,
        cooperationTypes: ['licensing', 'technical_service'],
      },
    },
  },

  // ───────────────────── Energy & environment, environmental health ─────────────────────
  {
    key: 'need-vi-textile-dye-wastewater',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 33,
    answers: 'offer-zh-ozone-catalytic-dye-wastewater',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Tìm công nghệ xử lý nước thải dệt nhuộm đạt QCVN 13-MT:2015/BTNMT cột A',
      summary:
        'Thay mặt một doanh nghiệp dệt nhuộm tại Khu công nghiệp Phố Nối (Hưng Yên) với lưu lượng nước thải 2.500 m³/ngày, Trung tâm tìm kiếm giải pháp xử lý bậc cao để giảm độ màu và COD khó phân hủy. Hệ thống hiện tại (keo tụ – sinh học hiếu khí) chỉ đạt cột B, độ màu sau xử lý còn 180–250 Pt-Co. Doanh nghiệp muốn nâng cấp để đạt cột A và tái sử dụng tối thiểu 30% lượng nước cho công đoạn giặt.',
      sectors: ['energy_environment'],
      keywords: ['kw.wastewater_treatment', 'kw.catalysts'],
      freeKeywords: ['nước thải dệt nhuộm', 'khử màu', 'COD', 'QCVN 13'],
      countriesSought: ['CN', 'KR'],
      visibility: 'anonymous',
      details: {
        problem:
          'Nước thải chứa thuốc nhuộm hoạt tính và phân tán, COD sau xử lý sinh học còn 120–150 mg/L, độ màu cao; dùng hóa chất khử màu tốn kém và phát sinh nhiều bùn.',
        desiredSolution:
          'Công nghệ oxy hóa nâng cao (ozone xúc tác, Fenton cải tiến…) hoặc màng lọc, lắp thêm sau bể sinh học hiện hữu, chi phí vận hành dưới 8.000 đồng/m³, có công trình tham chiếu quy mô từ 1.000 m³/ngày trở lên.',
        budget: { min: 8000000000, max: 15000000000, currency: 'VND' },
        deadline: '2027-06-30',
        trlMin: 7,
        cooperationTypes: ['technology_transfer', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zh-ozone-catalytic-dye-wastewater',
    org: 'yrd_nic',
    status: 'published',
    publishedDaysAgo: 95,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '非均相催化臭氧氧化深度处理印染废水成套技术',
      summary:
        '本中心体系内环境研究所开发了以锰铈复合氧化物负载陶粒为催化剂的臭氧催化氧化工艺，可将生化出水COD由150 mg/L降至50 mg/L以下，色度去除率大于90%，臭氧利用率提高到85%以上。催化剂使用寿命超过3年，工艺不产生污泥，吨水运行成本约1.2–1.8元。该技术已在绍兴、苏州等地10余座印染园区污水处理厂应用，最大单体规模2万吨/日。',
      sectors: ['energy_environment'],
      keywords: ['kw.wastewater_treatment', 'kw.catalysts'],
      freeKeywords: ['催化臭氧氧化', '印染废水', '提标改造', '锰铈催化剂'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN112851003B', 'CN114394681B'],
        cooperationTypes: ['technology_transfer', 'technical_service', 'licensing'],
        applications: '印染、化工、制药、焦化等难降解工业废水深度处理及回用预处理；工业园区污水处理厂提标改造。',
      },
    },
  },
  {
    key: 'need-en-ceramic-membrane-manufacturing',
    org: 'il_startup',
    status: 'published',
    publishedDaysAgo: 38,
    answers: 'offer-zht-sic-ceramic-membrane',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'Manufacturing partner for silicon carbide flat-sheet ceramic membranes for wastewater reuse',
      summary:
        'We design compact membrane bioreactor and oily-water treatment units for food-processing plants, industrial parks and produced water. We currently import silicon carbide flat-sheet membranes from Europe, which limits both our margins and our supply. We are looking for a manufacturer or materials team able to produce SiC ultrafiltration membranes to our specifications and co-develop a lower-cost sintering route, with a view to supplying our projects in China and Vietnam.',
      sectors: ['energy_environment', 'advanced_materials'],
      keywords: ['kw.ceramics', 'kw.wastewater_treatment'],
      freeKeywords: ['silicon carbide membrane', 'ultrafiltration', 'oily wastewater', 'membrane bioreactor'],
      countriesSought: ['CN', 'IN'],
      visibility: 'public',
      details: {
        problem:
          'Imported SiC membranes cost more than USD 600 per m² and lead times exceed 20 weeks. The polymeric membranes we also use foul quickly with fats and oils and tolerate neither hot cleaning nor strong oxidants.',
        desiredSolution:
          'SiC flat-sheet membranes with 0.05–0.1 µm pores, pure-water flux ≥ 1,500 L/(m²·h·bar), resistance to pH 0–14 and chlorine cleaning, at ≤ USD 250 per m² for 5,000 m² per year; willingness to tailor module dimensions.',
        budget: { min: 200000, max: 600000, currency: 'USD' },
        deadline: '2027-08-31',
        trlMin: 7,
        cooperationTypes: ['manufacturing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zht-sic-ceramic-membrane',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 62,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '低溫燒結碳化矽陶瓷平板膜：高通量、耐酸鹼，適用含油廢水與MBR',
      summary:
        '本孵化器畢業團隊由旅德歸國材料科學家領銜，以自行開發的燒結助劑將碳化矽平板膜燒成溫度由2,200℃降至1,450℃以下，製造成本降低約60%。膜孔徑0.05–0.1 µm，純水通量2,000 L/(m²·h·bar)，耐pH 0–14及高濃度次氯酸鈉清洗，抗油污染性能優於有機膜。團隊已在浙江湖州建成年產3萬平方公尺產線，產品用於食品、石化含油廢水及市政MBR，可依客戶需求客製模組尺寸。',
      sectors: ['energy_environment', 'advanced_materials'],
      keywords: ['kw.ceramics', 'kw.wastewater_treatment'],
      freeKeywords: ['碳化矽陶瓷膜', '低溫燒結', '含油廢水', 'MBR'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113999038B', 'CN115010504B'],
        cooperationTypes: ['manufacturing', 'distribution', 'joint_rd'],
        applications: '含油廢水與油田採出水處理、食品及乳品廢水回用、市政與工業MBR、高溫煙氣除塵過濾。',
      },
    },
  },
  {
    key: 'need-zht-pfas-drinking-water',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 16,
    answers: 'offer-en-electrochemical-pfas',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '飲用水及工業廢水中全氟化合物（PFAS）去除與分解技術需求',
      summary:
        '受本孵化器應用場景合作夥伴——杭州灣一處氟化工園區周邊的水務公司委託，徵求全氟及多氟烷基物質（PFAS）的高效去除與徹底分解技術。該水廠原水中PFOA、PFOS濃度間歇性超過《生活飲用水衛生標準》參考限值，現有活性碳吸附對短鏈PFAS效果不佳，飽和活性碳及濃縮液亦缺乏妥善處置方式。期望引進可與既有製程銜接的「濃縮＋分解」組合方案。',
      sectors: ['environmental_health', 'energy_environment'],
      keywords: ['kw.wastewater_treatment'],
      freeKeywords: ['PFAS', '全氟化合物', '電化學氧化', '飲用水安全'],
      countriesSought: ['IL', 'US', 'DE'],
      visibility: 'anonymous',
      details: {
        problem:
          '短鏈PFAS（如PFBA、PFBS）穿透快，活性碳更換週期不到2個月；膜濃縮液與廢吸附材料若以焚燒處理需1,000℃以上，成本高且有二次污染疑慮。',
        desiredSolution:
          '對長、短鏈PFAS去除率≥95%的吸附或膜濃縮技術，搭配電化學氧化、超臨界水氧化等可斷裂C–F鍵的分解單元；噸水處理成本可控，並具中試以上數據。',
        budget: { min: 3000000, max: 8000000, currency: 'CNY' },
        deadline: '2027-11-30',
        trlMin: 6,
        cooperationTypes: ['technology_transfer', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-en-electrochemical-pfas',
    org: 'il_startup',
    status: 'published',
    publishedDaysAgo: 41,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Concentrate-and-destroy treatment of PFAS: regenerable sorbent plus electrochemical oxidation',
      summary:
        'Our two-stage system first captures long- and short-chain PFAS on a regenerable cyclodextrin-based sorbent, then destroys the concentrated regenerant in a boron-doped diamond electrochemical cell that breaks C–F bonds at ambient temperature. In pilots on contaminated groundwater and fluorochemical effluent, total PFAS removal exceeded 98%, including PFBA and PFBS, and more than 90% of the fluorine was recovered as fluoride, confirming mineralisation. Containerised units treat 50–500 m³ per day and avoid incinerating spent media.',
      sectors: ['environmental_health', 'energy_environment'],
      keywords: ['kw.wastewater_treatment'],
      freeKeywords: ['PFAS destruction', 'electrochemical oxidation', 'boron-doped diamond', 'short-chain PFAS'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_applied',
        patentNumbers: ['WO 2023/112764 A1', 'US 2024/0025781 A1'],
        cooperationTypes: ['technology_transfer', 'licensing', 'joint_venture'],
        applications:
          'Drinking-water utilities, groundwater remediation at airports and military sites, fluorochemical and semiconductor wastewater, landfill leachate.',
      },
    },
  },
  {
    key: 'need-zh-estuary-salinity-warning',
    org: 'yrd_nic',
    status: 'published',
    publishedDaysAgo: 39,
    answers: 'offer-vi-salinity-early-warning',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '长江口咸潮入侵智能预警与取水调度技术需求',
      summary:
        '近年枯水期长江口咸潮入侵频次增加、持续时间延长，对沿江水源地取水安全构成威胁。本中心联合沪苏两地水务单位，征集咸潮入侵监测预报技术：在现有水文站基础上增设低成本盐度传感网络，并利用机器学习提前3–7天预测取水口氯化物浓度，辅助水库蓄水与取水调度决策。欢迎湄公河三角洲等同类河口地区有成功经验的团队参与。',
      sectors: ['energy_environment', 'ai'],
      keywords: ['kw.iot', 'kw.machine_learning'],
      freeKeywords: ['咸潮入侵', '盐度预报', '取水安全', '长江口'],
      countriesSought: ['VN', 'NL'],
      visibility: 'public',
      details: {
        problem:
          '现有数值模型计算耗时、所需边界条件多，短期预报精度不足；盐度监测站点稀疏、维护成本高，传感器在高浊度水体中易漂移。',
        desiredSolution:
          '太阳能供电的浮标或岸基盐度传感节点（物联网传输），结合数据驱动的盐度预测模型，3天预报氯化物浓度误差≤20%，并提供可视化预警平台；可先在一个取水口开展为期一个枯水期的试点。',
        budget: { min: 1000000, max: 2500000, currency: 'CNY' },
        deadline: '2027-03-31',
        trlMin: 6,
        cooperationTypes: ['joint_rd', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-vi-salinity-early-warning',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 86,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Hệ thống cảnh báo sớm xâm nhập mặn dựa trên mạng cảm biến IoT và học máy',
      summary:
        'Hệ thống do nhóm nghiên cứu kỹ thuật môi trường của trường phát triển, gồm các trạm đo độ mặn giá rẻ dùng năng lượng mặt trời, truyền dữ liệu qua LoRaWAN/4G, và mô hình học máy (LSTM kết hợp dữ liệu thủy triều, lưu lượng thượng nguồn) dự báo độ mặn trước 7 ngày. Sai số dự báo 3 ngày dưới 15%; cảm biến có cơ chế tự làm sạch nên hoạt động ổn định trong nước nhiều phù sa. Từ năm 2022, hệ thống đã vận hành hơn 120 trạm tại Bến Tre, Trà Vinh và Sóc Trăng, gửi cảnh báo qua ứng dụng và Zalo cho người dân và các công ty cấp nước.',
      sectors: ['energy_environment', 'ai'],
      keywords: ['kw.iot', 'kw.machine_learning'],
      freeKeywords: ['xâm nhập mặn', 'cảnh báo sớm', 'LoRaWAN', 'dự báo độ mặn'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'software_copyright',
        cooperationTypes: ['technology_transfer', 'joint_rd', 'technical_service'],
        applications:
          'Cảnh báo xâm nhập mặn cho nhà máy nước và cống điều tiết, quản lý nước nông nghiệp và nuôi trồng thủy sản vùng cửa sông, giám sát chất lượng nước mặt.',
      },
    },
  },
  {
    key: 'need-vi-rice-straw-burning',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 27,
    answers: 'offer-zh-straw-biochar',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Công nghệ xử lý rơm rạ tại ruộng thay thế đốt đồng, phù hợp vùng lúa 3 vụ',
      summary:
        'Đồng bằng sông Cửu Long phát sinh khoảng 25 triệu tấn rơm rạ mỗi năm, phần lớn bị đốt ngoài đồng gây ô nhiễm không khí và thất thoát dinh dưỡng. Trung tâm tìm kiếm công nghệ xử lý rơm rạ ở quy mô hợp tác xã (500–1.000 ha), như chế phẩm vi sinh phân hủy nhanh hoặc thiết bị nhiệt phân di động tạo than sinh học, để thí điểm tại An Giang và Đồng Tháp.',
      sectors: ['energy_environment', 'modern_agriculture'],
      keywords: ['kw.solid_waste_recycling', 'kw.air_pollution_control'],
      freeKeywords: ['rơm rạ', 'đốt đồng', 'than sinh học', 'chế phẩm vi sinh'],
      countriesSought: ['CN', 'JP', 'TH'],
      visibility: 'public',
      details: {
        problem:
          'Thời gian giữa hai vụ chỉ 10–15 ngày nên nông dân đốt rơm để kịp gieo sạ; rơm vùi trực tiếp phân hủy chậm, sinh khí độc gây ngộ độc hữu cơ cho lúa non.',
        desiredSolution:
          'Chế phẩm vi sinh giúp rơm phân hủy trong ≤ 15 ngày hoặc lò nhiệt phân di động công suất 1–2 tấn/giờ tạo than sinh học bón lại ruộng; chi phí cho nông dân dưới 500.000 đồng/ha; chế phẩm có thể sản xuất tại Việt Nam.',
        budget: { min: 3000000000, max: 6000000000, currency: 'VND' },
        deadline: '2027-05-31',
        cooperationTypes: ['technology_transfer', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zh-straw-biochar',
    org: 'shanghai_stc',
    status: 'published',
    publishedDaysAgo: 99,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '秸秆快速腐熟菌剂与移动式热解炭化还田技术',
      summary:
        '本办公室推介的这项成果由本市农业科研院所与高校联合研发，包括两部分：一是由耐高温纤维素降解菌和木质素降解真菌复配的秸秆腐熟菌剂，水稻秸秆还田后12–15天即可基本腐解，缓解秸秆分解产生的有机酸对秧苗的危害；二是处理量1.5吨/小时的车载移动式热解炭化装置，将秸秆转化为生物炭并回收热解气作燃料。该技术已在上海、江苏及宁夏等对口合作地区示范推广超过20万亩，菌剂亩均成本约8元。',
      sectors: ['energy_environment', 'modern_agriculture'],
      keywords: ['kw.solid_waste_recycling', 'kw.air_pollution_control', 'kw.carbon_capture'],
      freeKeywords: ['秸秆还田', '腐熟菌剂', '生物炭', '秸秆禁烧'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN112029687B', 'CN114085693B'],
        cooperationTypes: ['technology_transfer', 'licensing', 'technical_service'],
        applications: '水稻、小麦、玉米秸秆就地还田与禁烧替代；生物炭土壤改良与固碳；农业废弃物资源化利用。',
      },
    },
  },
  // ───────────────────── Modern agriculture, aquaculture, food ─────────────────────
  {
    key: 'need-vi-shrimp-pond-water-quality',
    org: 'vn_ent_agri',
    status: 'published',
    publishedDaysAgo: 8,
    answers: 'offer-zh-aquaculture-water-buoy',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Cần hệ thống giám sát chất lượng nước ao nuôi tôm thẻ chân trắng theo thời gian thực',
      summary:
        'Công ty chúng tôi vận hành 120 ha ao nuôi tôm thẻ chân trắng thâm canh tại Sóc Trăng và Bạc Liêu, mật độ 150–250 con/m². Hiện việc đo oxy hòa tan, pH, độ mặn và NH3/NH4+ vẫn làm thủ công 2 lần/ngày nên thường phát hiện muộn tình trạng thiếu oxy ban đêm. Chúng tôi cần giải pháp cảm biến đặt trong ao, truyền dữ liệu qua 4G/LoRa, cảnh báo trên điện thoại và tự động bật quạt nước khi DO xuống dưới 4 mg/L.',
      translations: [
        {
          language: 'en',
          title: 'Real-time water quality monitoring for whiteleg shrimp ponds',
          summary:
            'We operate 120 ha of intensive whiteleg shrimp ponds in Soc Trang and Bac Lieu at 150–250 shrimp per m². Dissolved oxygen, pH, salinity and ammonia are still measured by hand twice a day, so night-time oxygen depletion is often detected too late. We need in-pond sensors that transmit over 4G or LoRa, send alerts to phones and switch on paddlewheel aerators automatically when DO falls below 4 mg/L.',
        },
      ],
      sectors: ['modern_agriculture'],
      keywords: ['kw.aquaculture', 'kw.iot'],
      freeKeywords: ['tôm thẻ chân trắng', 'oxy hòa tan', 'quạt nước', 'nước lợ'],
      countriesSought: ['CN', 'IL', 'VN'],
      visibility: 'public',
      details: {
        problem:
          'Thiếu oxy về đêm và biến động pH sau mưa khiến tôm nổi đầu, hao hụt 10–15% mỗi vụ. Cảm biến nhập khẩu đang dùng bị bám bẩn sinh học nhanh, phải vệ sinh hằng tuần và sai số lớn trong nước lợ.',
        desiredSolution:
          'Phao hoặc trạm đo đa chỉ tiêu (DO, pH, nhiệt độ, độ mặn, NH3) chống bám bẩn, dùng pin mặt trời, chi phí dưới 25 triệu đồng/ao; phần mềm tiếng Việt hoặc có API; điều khiển quạt nước tự động. Ưu tiên đối tác đã triển khai thực tế ở vùng nuôi nước lợ.',
        budget: { min: 1500000000, max: 3000000000, currency: 'VND' },
        deadline: '2027-04-30',
        trlMin: 7,
        cooperationTypes: ['technology_transfer', 'distribution'],
      },
    },
  },
  {
    key: 'offer-zh-aquaculture-water-buoy',
    org: 'cn_univ_sh',
    status: 'published',
    publishedDaysAgo: 55,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '水产养殖多参数水质在线监测浮标与增氧机智能联动系统',
      summary:
        '本成果为太阳能供电的水质监测浮标，集成荧光法溶解氧、pH、温度、电导率（盐度）和氨氮离子选择电极，采用刮刷+铜网复合防生物附着设计，免维护周期可达30天。数据经4G/NB-IoT上传云平台，溶解氧低于设定阈值时自动启动增氧机，并基于LSTM模型提前2小时预测夜间缺氧风险。系统已在江苏、广东的南美白对虾和加州鲈养殖池塘部署400余套，单池成本约1.2万元。',
      sectors: ['modern_agriculture'],
      keywords: ['kw.aquaculture', 'kw.iot', 'kw.machine_learning'],
      freeKeywords: ['溶解氧', '增氧机联动', '防生物附着', '南美白对虾'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN114199813B', 'CN217084562U'],
        cooperationTypes: ['licensing', 'technology_transfer', 'manufacturing'],
        applications: '对虾、鱼类池塘及工厂化循环水养殖，咸淡水均适用；可扩展用于河湖水质监测。',
      },
    },
  },
  {
    key: 'need-vi-shrimp-disease-rapid-test',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 22,
    answers: 'offer-en-shrimp-pathogen-rpa-kit',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Cần bộ xét nghiệm nhanh tại ao phát hiện EHP và AHPND trên tôm nuôi',
      summary:
        'Phòng thí nghiệm an toàn thực phẩm và bệnh học thủy sản của trường đang hỗ trợ hơn 300 hộ nuôi tôm ở Cà Mau và Kiên Giang, nơi bệnh vi bào tử trùng (EHP) và hoại tử gan tụy cấp (AHPND) gây thiệt hại lớn. Xét nghiệm PCR hiện phải gửi mẫu về phòng thí nghiệm, mất 2–3 ngày với chi phí khoảng 300.000 đồng/mẫu. Chúng tôi tìm công nghệ xét nghiệm đẳng nhiệt nhanh, làm được ngay tại ao, để chuyển giao cho các tổ hợp tác nuôi tôm.',
      sectors: ['modern_agriculture', 'biomedicine'],
      keywords: ['kw.aquaculture', 'kw.in_vitro_diagnostics'],
      freeKeywords: ['EHP', 'AHPND', 'xét nghiệm nhanh', 'RPA'],
      countriesSought: ['CN', 'TH'],
      visibility: 'public',
      details: {
        problem:
          'Kết quả PCR về muộn khiến người nuôi không kịp xử lý; hộ nhỏ lẻ không có thiết bị và kỹ thuật viên; nhiều bộ test nhanh trên thị trường có độ nhạy thấp với mẫu tôm giống và mẫu nước.',
        desiredSolution:
          'Bộ kit RPA hoặc LAMP kết hợp que thử sắc ký miễn dịch, đọc kết quả trong ≤ 40 phút, không cần máy PCR, độ nhạy tương đương qPCR, giá dưới 80.000 đồng/xét nghiệm; có thể chuyển giao sản xuất tại Việt Nam.',
        budget: { min: 1000000000, max: 2500000000, currency: 'VND' },
        deadline: '2027-07-31',
        cooperationTypes: ['technology_transfer', 'licensing'],
      },
    },
  },
  {
    key: 'offer-en-shrimp-pathogen-rpa-kit',
    org: 'cn_inst_bio',
    status: 'published',
    publishedDaysAgo: 74,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Pond-side RPA lateral-flow kits for shrimp pathogens (EHP, AHPND, WSSV) in 30 minutes',
      summary:
        'Our institute has developed recombinase polymerase amplification (RPA) assays read on lateral-flow strips for the main shrimp pathogens: Enterocytozoon hepatopenaei (EHP), AHPND-causing Vibrio parahaemolyticus and white spot syndrome virus. Amplification runs at 39 °C in a pocket heater, and results are visible in 25–30 minutes without a PCR machine. Detection limits are 10–50 copies per reaction, with 96–98% agreement with qPCR on 1,200 field samples from farms in Guangdong and Hainan. Reagents are freeze-dried and keep for 12 months at room temperature.',
      sectors: ['modern_agriculture', 'biomedicine'],
      keywords: ['kw.aquaculture', 'kw.in_vitro_diagnostics'],
      freeKeywords: ['recombinase polymerase amplification', 'lateral flow', 'EHP', 'white spot syndrome virus'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113151520B', 'CN114574617B'],
        cooperationTypes: ['licensing', 'technology_transfer', 'manufacturing'],
        applications:
          'On-farm disease screening in shrimp ponds and hatcheries, quality control of broodstock and post-larvae, quarantine inspection, aquatic animal health services.',
      },
    },
  },
  {
    key: 'offer-vi-shrimp-probiotic',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 61,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Chế phẩm vi sinh Bacillus đa chủng xử lý đáy ao và kiểm soát Vibrio trong nuôi tôm',
      summary:
        'Chế phẩm gồm 5 chủng Bacillus và Lactobacillus phân lập từ vùng nuôi tôm nước lợ Đồng bằng sông Cửu Long, được tuyển chọn theo khả năng phân hủy chất hữu cơ, giảm khí độc NH3, H2S và ức chế Vibrio parahaemolyticus. Thử nghiệm tại 45 ao ở Bạc Liêu cho thấy mật độ Vibrio trong nước giảm 85%, tỷ lệ sống của tôm tăng 12% và hệ số chuyển đổi thức ăn giảm 0,15. Sản phẩm dạng bột, mật độ 10¹⁰ CFU/g, người nuôi có thể tự nhân sinh khối tại trại với chi phí thấp.',
      sectors: ['modern_agriculture'],
      keywords: ['kw.aquaculture'],
      freeKeywords: ['chế phẩm vi sinh', 'Bacillus', 'Vibrio', 'xử lý đáy ao'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_applied',
        patentNumbers: ['VN 1-2023-03164'],
        cooperationTypes: ['technology_transfer', 'licensing', 'manufacturing'],
        applications:
          'Xử lý nước và đáy ao nuôi tôm thẻ, tôm sú; ương giống; hệ thống biofloc và tuần hoàn; nuôi cá tra.',
      },
    },
  },
  {
    key: 'offer-vi-ras-biofloc-shrimp',
    org: 'vn_ent_agri',
    status: 'published',
    publishedDaysAgo: 107,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Chuyển giao quy trình nuôi tôm siêu thâm canh 2 giai đoạn: ương trong nhà màng, nuôi tuần hoàn kết hợp biofloc',
      summary:
        'Sau 6 năm vận hành 45 ha nuôi tôm công nghệ cao, công ty chuyển giao quy trình nuôi 2 giai đoạn: ương tôm 25–30 ngày trong bể nổi lót bạt có mái che, sau đó chuyển sang ao thương phẩm tuần hoàn kết hợp biofloc với mật độ 250–300 con/m². Năng suất đạt 35–45 tấn/ha/vụ, tỷ lệ thành công trên 85% và giảm 70% lượng nước thay so với nuôi truyền thống. Gói chuyển giao gồm thiết kế ao, quy trình quản lý tỷ lệ C/N, đào tạo kỹ thuật viên và hỗ trợ tại ao trong vụ đầu tiên.',
      sectors: ['modern_agriculture'],
      keywords: ['kw.aquaculture'],
      freeKeywords: ['biofloc', 'nhà màng', 'nuôi tôm 2 giai đoạn', 'tuần hoàn nước'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'know_how',
        cooperationTypes: ['technology_transfer', 'technical_service', 'consulting'],
        applications:
          'Nuôi tôm thẻ chân trắng siêu thâm canh vùng nước lợ, cải tạo ao nuôi truyền thống, trại ương giống.',
      },
    },
  },
  {
    key: 'need-vi-shrimp-sludge',
    org: 'vn_ent_agri',
    status: 'submitted',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Xử lý và tái sử dụng bùn thải từ ao nuôi tôm siêu thâm canh',
      summary:
        'Mỗi vụ nuôi, 45 ha ao tôm của công ty thải ra khoảng 2.500 m³ bùn đáy và chất thải xi-phông có độ mặn 10–20‰, giàu hữu cơ và nitơ. Hiện bùn được bơm ra ao lắng rồi để khô tự nhiên, chiếm nhiều diện tích và có nguy cơ gây ô nhiễm kênh rạch. Công ty muốn tìm công nghệ tách nước và xử lý bùn thành phân bón hữu cơ hoặc thức ăn nuôi trùn quế, giun nhiều tơ.',
      sectors: ['modern_agriculture', 'energy_environment'],
      keywords: ['kw.aquaculture', 'kw.solid_waste_recycling'],
      freeKeywords: ['bùn thải ao tôm', 'tách nước bùn', 'phân hữu cơ', 'giun nhiều tơ'],
      visibility: 'public',
      details: {
        problem:
          'Bùn có độ mặn cao nên khó ủ phân trực tiếp; ao lắng chiếm 20% diện tích trang trại; mùi hôi và nước rỉ từ bùn ảnh hưởng khu dân cư lân cận.',
        desiredSolution:
          'Hệ thống tách nước bùn (ép băng tải, túi địa kỹ thuật…) kết hợp khử mặn và ủ vi sinh, công suất 20–30 m³/ngày, sản phẩm phân bón đạt quy chuẩn Việt Nam, chi phí đầu tư dưới 3 tỷ đồng.',
        budget: { min: 1500000000, max: 3000000000, currency: 'VND' },
        deadline: '2027-09-30',
        cooperationTypes: ['technology_transfer', 'technical_service'],
      },
    },
  },
  {
    key: 'need-vi-salt-tolerant-rice',
    org: 'vn_ent_agri',
    status: 'published',
    publishedDaysAgo: 67,
    answers: 'offer-zh-salt-tolerant-rice-breeding',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Hợp tác chọn tạo giống lúa thơm chịu mặn 6–8‰ bằng chỉ thị phân tử cho Đồng bằng sông Cửu Long',
      summary:
        'Xâm nhập mặn ngày càng sâu khiến hàng trăm nghìn ha lúa vụ Đông Xuân ở Bến Tre, Sóc Trăng, Cà Mau bị thiệt hại. Công ty đang sản xuất lúa giống cho vùng ven biển và có nguồn vật liệu lúa thơm năng suất cao, nhưng các dòng hiện có chỉ chịu mặn khoảng 3–4‰. Chúng tôi tìm đối tác có gen/QTL chịu mặn đã xác định và quy trình chọn giống nhờ chỉ thị phân tử (MAS) hoặc chỉnh sửa gen để cùng phát triển giống lúa thơm chịu mặn 6–8‰ ở giai đoạn mạ và trổ.',
      sectors: ['modern_agriculture'],
      keywords: ['kw.seed_breeding', 'kw.gene_editing'],
      freeKeywords: ['lúa chịu mặn', 'chỉ thị phân tử', 'Saltol', 'xâm nhập mặn'],
      countriesSought: ['CN', 'PH', 'JP'],
      visibility: 'public',
      details: {
        problem:
          'Lai tạo truyền thống cần 8–10 năm; các giống chịu mặn hiện có thường kém chất lượng gạo; công ty thiếu chỉ thị phân tử và cơ sở sàng lọc kiểu hình quy mô lớn.',
        desiredSolution:
          'Chuyển giao các QTL/gen chịu mặn (như Saltol, SKC1, OsRR22) kèm bộ chỉ thị SNP và quy trình hồi giao cải tiến; hợp tác đánh giá đa điểm tại Việt Nam; chia sẻ quyền đối với giống cây trồng theo thỏa thuận.',
        budget: { min: 3000000000, max: 7000000000, currency: 'VND' },
        deadline: '2027-10-31',
        cooperationTypes: ['joint_rd', 'licensing'],
      },
    },
  },
  {
    key: 'offer-zh-salt-tolerant-rice-breeding',
    org: 'cn_inst_bio',
    status: 'published',
    publishedDaysAgo: 81,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '耐盐水稻分子设计育种平台及耐盐优质籼稻新品系',
      summary:
        '本院依托基因编辑平台和云南联合实验室，利用SKC1、OsRR22、Saltol等耐盐位点的功能标记和全基因组SNP芯片，建立了耐盐水稻分子标记辅助回交育种体系，育种周期由8年缩短至4年。已育成的籼型香稻新品系在6‰盐度田间试验中亩产480 kg以上，米质达到国标二级。同时拥有基于CRISPR/Cas9编辑OsRR22获得的耐盐种质，可提供品系授权、标记检测服务及联合育种。',
      sectors: ['modern_agriculture'],
      keywords: ['kw.seed_breeding', 'kw.gene_editing'],
      freeKeywords: ['耐盐水稻', '分子标记辅助选择', 'OsRR22', '盐碱地'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113151282B', 'CN115786345A'],
        cooperationTypes: ['licensing', 'joint_rd', 'technical_service'],
        applications: '沿海滩涂及盐碱地水稻种植、受咸潮影响的河口三角洲稻区、耐盐种质创制与分子育种服务。',
      },
    },
  },
  {
    key: 'need-vi-rice-spray-drone',
    org: 'vn_ent_agri',
    status: 'published',
    publishedDaysAgo: 35,
    answers: 'offer-zh-plant-protection-uav',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Tìm giải pháp máy bay không người lái phun thuốc, rải phân cho cánh đồng lớn trồng lúa',
      summary:
        'Công ty liên kết sản xuất lúa theo mô hình cánh đồng lớn với 8.000 ha tại Kiên Giang và An Giang. Phun thuốc thủ công tốn nhiều nhân công, gây phơi nhiễm hóa chất cho người lao động và lượng thuốc phân bố không đồng đều. Chúng tôi muốn mua hoặc thuê dịch vụ drone phun thuốc, rải phân có lập bản đồ bay tự động, kèm đào tạo phi công và bảo trì tại địa phương.',
      sectors: ['modern_agriculture'],
      keywords: ['kw.uav', 'kw.precision_agriculture'],
      freeKeywords: ['drone phun thuốc', 'cánh đồng lớn', 'phun biến lượng', 'rải phân'],
      countriesSought: ['CN'],
      visibility: 'public',
      details: {
        problem:
          'Thiếu lao động vào cao điểm mùa vụ; phun bằng bình đeo vai tiêu tốn 300–400 lít nước/ha; ruộng có nhiều bờ kênh và cây cao gây khó khăn cho máy bay.',
        desiredSolution:
          'Drone tải trọng 30–50 lít, năng suất ≥ 15 ha/giờ, có radar tránh chướng ngại và bay bám địa hình, phun biến lượng theo bản đồ sâu bệnh; đào tạo cấp chứng chỉ và trạm bảo hành tại ĐBSCL; giá dịch vụ không quá 150.000 đồng/ha/lần.',
        budget: { min: 5000000000, max: 12000000000, currency: 'VND' },
        deadline: '2027-02-15',
        trlMin: 9,
        cooperationTypes: ['distribution', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zh-plant-protection-uav',
    org: 'cn_ent_agri',
    status: 'published',
    publishedDaysAgo: 104,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '40升级多旋翼植保无人机及变量施药社会化服务体系',
      summary:
        '公司自研的八旋翼植保无人机载药量40 L、撒播载重50 kg，作业效率可达20 hm²/h，配备毫米波雷达仿地飞行与全向避障，适合梯田及田埂、沟渠多的小地块作业。结合多光谱巡田生成病虫害处方图实现变量喷洒，节省农药20%–30%，每公顷用水仅约15 L。公司在云南、广西及老挝建立了飞手培训与售后网络，可提供整机销售、植保社会化服务运营模式输出和本地化培训。',
      sectors: ['modern_agriculture'],
      keywords: ['kw.uav', 'kw.precision_agriculture'],
      freeKeywords: ['植保无人机', '变量施药', '仿地飞行', '飞手培训'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113879538B', 'CN216887234U'],
        cooperationTypes: ['distribution', 'technical_service', 'joint_venture'],
        applications: '水稻、玉米、甘蔗、茶园、果园病虫害防治，叶面肥喷施与颗粒肥撒播，水稻直播与巡田测绘。',
      },
    },
  },
  {
    key: 'need-zht-tea-remote-sensing',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 6,
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '茶園病蟲害與長勢監測：衛星遙測結合無人機多光譜技術需求',
      summary:
        '本孵化器於2023年杭州國際人才交流與項目合作大會結識的西湖龍井產區茶葉合作社，轄下茶園逾2萬畝，茶小綠葉蟬、茶尺蠖等病蟲害及倒春寒凍害對名優茶產量影響甚大。合作社希望導入以高解析度衛星影像為主、無人機多光譜巡查為輔的茶園監測技術，實現病蟲害早期預警與精準防治，減少化學農藥使用。',
      sectors: ['modern_agriculture', 'aerospace'],
      keywords: ['kw.satellite', 'kw.uav', 'kw.precision_agriculture'],
      freeKeywords: ['茶園監測', '衛星遙測', '多光譜', '西湖龍井'],
      visibility: 'public',
      details: {
        problem:
          '人工巡園效率低，發現蟲害時往往已大面積擴散；茶園多位於丘陵坡地且地塊細碎，一般衛星影像解析度不足；缺乏針對茶樹的光譜辨識模型。',
        desiredSolution:
          '融合次米級衛星影像與無人機多光譜資料的茶園長勢及病蟲害辨識模型，辨識準確率≥85%，提供手機端預警與處方圖；可與當地植保服務隊合作試點一個生產季。',
        budget: { min: 800000, max: 1800000, currency: 'CNY' },
        deadline: '2027-03-15',
        trlMin: 6,
        cooperationTypes: ['technical_service', 'joint_rd'],
      },
    },
  },
  {
    key: 'need-zh-plateau-drip-fertigation',
    org: 'cn_ent_agri',
    status: 'submitted',
    answers: 'offer-en-ai-irrigation-controller',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '高原坝区设施蔬菜与鲜切花智能水肥一体化灌溉系统需求',
      summary:
        '公司在昆明、曲靖建有设施蔬菜和鲜切花基地约3,500亩，冬春季干旱缺水，现有滴灌凭经验定时开关，水肥利用率低。计划引进基于土壤墒情和作物需水模型的智能灌溉决策与控制系统，实现按需精准灌水施肥。希望合作方具备干旱地区规模化应用案例，能提供设备、算法和本地化技术培训。',
      sectors: ['modern_agriculture'],
      keywords: ['kw.precision_agriculture', 'kw.iot', 'kw.smart_greenhouse'],
      freeKeywords: ['水肥一体化', '土壤墒情', '滴灌', '设施蔬菜'],
      countriesSought: ['IL', 'NL'],
      visibility: 'public',
      details: {
        problem:
          '人工定时灌溉导致部分地块过量灌水、氮肥淋失，另一些地块缺水；红壤保水性差；基地分散、网络信号不稳定，管理人员不足。',
        desiredSolution:
          '土壤水分/EC传感器+气象站+AI灌溉决策平台，可按地块自动控制电磁阀与施肥机，节水≥30%、节肥≥20%；支持断网本地运行和中文界面。',
        budget: { min: 1500000, max: 3500000, currency: 'CNY' },
        deadline: '2027-10-31',
        trlMin: 8,
        cooperationTypes: ['technology_transfer', 'distribution', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-en-ai-irrigation-controller',
    org: 'il_startup',
    status: 'published',
    publishedDaysAgo: 92,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'AI irrigation and fertigation controller driven by soil-moisture sensing and crop water models',
      summary:
        'Our system combines capacitive soil-moisture and EC probes at three depths, a local weather station and satellite evapotranspiration data to decide, per irrigation block, when and how much to irrigate and dose fertiliser. Valves and fertiliser injectors are switched by solar-powered LoRaWAN controllers that keep running on local schedules when connectivity drops. On 28,000 ha of vegetables, orchards and flowers in Israel, Spain and Kenya, growers saved 25–40% of water and 20–30% of fertiliser with stable or higher yields. The interface is available in 11 languages, including Chinese.',
      sectors: ['modern_agriculture'],
      keywords: ['kw.precision_agriculture', 'kw.iot', 'kw.smart_greenhouse'],
      freeKeywords: ['fertigation', 'soil moisture sensing', 'evapotranspiration', 'LoRaWAN'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['US 10,942,233 B2', 'IL 265331'],
        cooperationTypes: ['distribution', 'technology_transfer', 'joint_venture'],
        applications:
          'Drip and micro-sprinkler irrigation of greenhouse and open-field vegetables, cut flowers, orchards and vineyards, especially in water-scarce and highland regions.',
      },
    },
  },
  {
    key: 'offer-vi-rice-leaf-disease-ai',
    org: 'vn_nic',
    status: 'draft',
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Ứng dụng di động nhận diện sâu bệnh trên lá lúa bằng trí tuệ nhân tạo, hoạt động không cần Internet',
      summary:
        'Trung tâm giới thiệu sản phẩm của một nhóm khởi nghiệp tại Cần Thơ: ứng dụng chụp ảnh lá lúa bằng điện thoại và nhận diện 12 loại sâu bệnh phổ biến như đạo ôn, bạc lá, khô vằn, rầy nâu với độ chính xác 94%. Mô hình được nén để chạy trực tiếp trên điện thoại Android phổ thông khi không có mạng, kèm khuyến cáo xử lý theo quy trình "1 phải 5 giảm". Ứng dụng đã có hơn 35.000 nông dân sử dụng và có thể mở rộng cho sầu riêng, cà phê.',
      sectors: ['modern_agriculture', 'ai'],
      keywords: ['kw.computer_vision', 'kw.precision_agriculture'],
      freeKeywords: ['nhận diện bệnh lúa', 'ứng dụng di động', 'AI ngoại tuyến', 'khuyến nông số'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'software_copyright',
        cooperationTypes: ['licensing', 'joint_rd', 'investment'],
        applications:
          'Chẩn đoán sâu bệnh trên lúa, khuyến nông số, bảo hiểm nông nghiệp, dự báo dịch hại theo vùng.',
      },
    },
  },
  {
    key: 'need-zh-coffee-fermentation',
    org: 'cn_ent_agri',
    status: 'published',
    publishedDaysAgo: 5,
    answers: 'offer-en-coffee-starter-cultures',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '云南小粒咖啡可控发酵菌种及精品化湿法加工技术需求',
      summary:
        '公司在普洱、保山拥有咖啡种植与初加工基地约1.2万亩，年加工鲜果8,000吨。目前湿法加工依赖自然发酵，批次间风味差异大，杯测分数多在80–82分，且发酵废水COD高达1万mg/L以上。希望引进咖啡发酵专用菌种（酵母、乳酸菌）及配套工艺，提升风味稳定性和精品率，同时减少加工用水。',
      sectors: ['food_technology', 'modern_agriculture', 'synthetic_biology'],
      keywords: ['kw.biomanufacturing'],
      freeKeywords: ['云南咖啡', '可控发酵', '湿法加工', '杯测'],
      countriesSought: ['BR', 'CO', 'ET'],
      visibility: 'public',
      details: {
        problem:
          '自然发酵受气温和雨季影响大，过度发酵导致酸败与异味；缺乏发酵过程监控标准；加工用水约每吨鲜果4–6立方米。',
        desiredSolution:
          '提供经咖啡产区实际验证的发酵起始菌株，以及接种、控温、控时工艺，使杯测分数平均提高2分以上；可结合少水或厌氧发酵技术；希望对方派员到云南基地开展一个产季的中试。',
        budget: { min: 600000, max: 1500000, currency: 'CNY' },
        deadline: '2027-01-31',
        cooperationTypes: ['technology_transfer', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-en-coffee-starter-cultures',
    org: 'br_inst',
    status: 'published',
    publishedDaysAgo: 80,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Selected yeast and lactic acid bacteria starter cultures for controlled coffee and cocoa fermentation',
      summary:
        'From more than 600 microbial isolates collected on Amazonian and Brazilian coffee and cocoa farms, our institute selected Saccharomyces, Pichia and Lactiplantibacillus strains that dominate the fermentation and produce fruity and floral aroma compounds. In field trials on 40 farms, inoculated wet and semi-dry fermentation raised SCA cup scores by 1.5–3.5 points and reduced over-fermentation defects, while anaerobic protocols cut process water by about 60%. Strains are supplied freeze-dried with simple on-farm protocols for tank inoculation and temperature and pH control.',
      sectors: ['food_technology', 'modern_agriculture', 'synthetic_biology'],
      keywords: ['kw.biomanufacturing'],
      freeKeywords: ['coffee fermentation', 'starter cultures', 'cup quality', 'anaerobic fermentation'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_applied',
        patentNumbers: ['BR 10 2021 018744-7'],
        cooperationTypes: ['licensing', 'technology_transfer', 'technical_service'],
        applications:
          'Wet, honey and natural coffee processing, cocoa bean fermentation, speciality fruit fermentations, smallholder cooperatives and processing stations.',
      },
    },
  },
  {
    key: 'need-vi-dragon-fruit-shelf-life',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 40,
    answers: 'offer-zh-edible-coating-fresh-produce',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Giải pháp kéo dài thời gian bảo quản thanh long xuất khẩu đường biển lên 35 ngày',
      summary:
        'Khoa Công nghệ Thực phẩm của trường cùng một doanh nghiệp đối tác thu mua, đóng gói thanh long ruột đỏ và ruột trắng tại Long An, Tiền Giang, xuất khẩu khoảng 6.000 tấn/năm sang Trung Quốc, Hàn Quốc và châu Âu. Vận chuyển đường biển mất 25–35 ngày nhưng quả thường bị thối cuống, mất nước và héo tai sau khoảng 20 ngày, tỷ lệ hao hụt 12–18%. Chúng tôi tìm công nghệ bảo quản sau thu hoạch (màng bao ăn được, xử lý chống nấm, bao bì khí quyển điều chỉnh) đáp ứng quy định dư lượng của các thị trường nhập khẩu.',
      sectors: ['food_technology', 'modern_agriculture'],
      freeKeywords: ['thanh long', 'bảo quản sau thu hoạch', 'màng bao ăn được', 'xuất khẩu đường biển'],
      countriesSought: ['CN', 'IL', 'NL'],
      visibility: 'public',
      details: {
        problem:
          'Nấm Neoscytalidium và Colletotrichum gây thối cuống; quả mất nước làm tai xanh chuyển vàng, giảm giá trị; nhiều chất bảo quản hóa học không được phép sử dụng tại EU.',
        desiredSolution:
          'Lớp phủ ăn được hoặc chế phẩm sinh học kết hợp bao bì MAP, giữ chất lượng thương phẩm ≥ 35 ngày ở 5–8 °C, tương thích dây chuyền rửa – phân loại hiện có, chi phí tăng thêm không quá 1.500 đồng/kg.',
        budget: { min: 2000000000, max: 4000000000, currency: 'VND' },
        deadline: '2027-03-31',
        trlMin: 7,
        cooperationTypes: ['technology_transfer', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zh-edible-coating-fresh-produce',
    org: 'cn_ent_agri',
    status: 'published',
    publishedDaysAgo: 58,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '热带水果壳聚糖-植物精油复合可食涂膜保鲜技术（适用30天以上海运）',
      summary:
        '公司联合高校开发了以壳聚糖、海藻酸钠和肉桂/丁香精油微胶囊为主要成分的可食性复合涂膜，采后浸涂或喷涂即可在果面形成透气保湿膜，抑制采后病原真菌并降低失水率。配合自发气调包装（MAP）和5–8℃冷链，火龙果、芒果、荔枝的商品货架期分别延长至35天、28天和21天，腐烂率降低60%以上。配方原料均为食品级，符合GB 2760及欧盟食品添加剂法规要求，每公斤处理成本约0.3元。',
      sectors: ['food_technology', 'modern_agriculture'],
      freeKeywords: ['可食涂膜', '火龙果保鲜', '气调包装', '采后病害'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113973925B'],
        cooperationTypes: ['technology_transfer', 'licensing', 'technical_service'],
        applications: '火龙果、芒果、荔枝、龙眼、柑橘等鲜果的采后保鲜及长途海运出口；果蔬包装厂与冷链物流企业。',
      },
    },
  },
  {
    key: 'need-vi-durian-traceability',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 4,
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Cần hệ thống truy xuất nguồn gốc sầu riêng xuất khẩu từ mã số vùng trồng đến container',
      summary:
        'Thị trường Trung Quốc kiểm tra ngày càng chặt mã số vùng trồng, cơ sở đóng gói và dư lượng cadimi, vàng O trên sầu riêng nhập khẩu. Thay mặt một hợp tác xã thu mua sầu riêng từ 1.200 nhà vườn ở Tiền Giang và Đắk Lắk, Trung tâm tìm giải pháp truy xuất nguồn gốc số hóa, liên kết nhật ký canh tác, kết quả kiểm nghiệm và lô hàng, có mã QR để nhà nhập khẩu tra cứu. Hiện việc ghi chép và phân lô vẫn làm trên giấy.',
      sectors: ['modern_agriculture', 'it'],
      keywords: ['kw.blockchain', 'kw.food_safety_testing'],
      freeKeywords: ['sầu riêng', 'truy xuất nguồn gốc', 'mã số vùng trồng', 'mã QR'],
      countriesSought: ['VN', 'CN'],
      visibility: 'public',
      details: {
        problem:
          'Hồ sơ giấy dễ sai lệch, khó chứng minh nguồn gốc khi lô hàng bị cảnh báo; nhà vườn lớn tuổi ít dùng phần mềm phức tạp; phải đối chiếu thủ công với danh sách mã số vùng trồng được cấp phép.',
        desiredSolution:
          'Nền tảng truy xuất đơn giản trên điện thoại bằng tiếng Việt, ghi nhật ký canh tác qua ứng dụng hoặc Zalo, liên kết kết quả kiểm nghiệm, dữ liệu không thể sửa đổi (blockchain hoặc tương đương), xuất báo cáo theo yêu cầu của Tổng cục Hải quan Trung Quốc (GACC).',
        budget: { min: 800000000, max: 2000000000, currency: 'VND' },
        deadline: '2027-02-28',
        cooperationTypes: ['technical_service', 'licensing'],
      },
    },
  },
  {
    key: 'need-vi-pesticide-rapid-test',
    org: 'vn_nic',
    status: 'submitted',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Cần bộ kit và thiết bị kiểm tra nhanh dư lượng thuốc bảo vệ thực vật trong rau tại chợ đầu mối',
      summary:
        'Các chợ đầu mối nông sản tại TP. Hồ Chí Minh mỗi ngày tiếp nhận hơn 3.000 tấn rau củ quả nhưng chỉ kiểm tra nhanh được vài chục mẫu bằng phương pháp ức chế enzyme cholinesterase. Trung tâm tìm công nghệ kiểm tra nhanh đa chỉ tiêu cho kết quả tại chỗ trong 15–20 phút, phát hiện được cả nhóm lân hữu cơ, carbamate, pyrethroid và một số hoạt chất bị cấm.',
      sectors: ['food_technology'],
      keywords: ['kw.food_safety_testing'],
      freeKeywords: ['dư lượng thuốc BVTV', 'kiểm tra nhanh', 'chợ đầu mối', 'SERS'],
      countriesSought: ['CN', 'KR', 'DE'],
      visibility: 'public',
      details: {
        problem:
          'Phương pháp enzyme chỉ phát hiện lân hữu cơ và carbamate, không định lượng được, tỷ lệ dương tính giả cao với rau họ cải, hành, tỏi; gửi mẫu phân tích sắc ký mất 3–5 ngày.',
        desiredSolution:
          'Bộ kit sắc ký miễn dịch hoặc thiết bị quang phổ Raman tăng cường bề mặt (SERS) cầm tay, đo đồng thời ít nhất 10 hoạt chất, ngưỡng phát hiện thấp hơn giới hạn dư lượng tối đa hiện hành, giá dưới 50.000 đồng/mẫu, dữ liệu đồng bộ với phần mềm quản lý của chợ.',
        budget: { min: 1500000000, max: 3000000000, currency: 'VND' },
        deadline: '2027-08-31',
        trlMin: 7,
        cooperationTypes: ['distribution', 'technology_transfer'],
      },
    },
  },
  {
    key: 'offer-en-genipap-blue-colourant',
    org: 'br_inst',
    status: 'draft',
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Natural blue food colourant from Amazonian genipap fruit, stable to heat and pH',
      summary:
        'Our process converts genipin from unripe genipap (Genipa americana) fruit into a stable blue colourant by a controlled reaction with amino acids, followed by membrane purification and spray drying. The colourant remains stable from pH 3 to 8 and through pasteurisation at 90 °C, unlike spirulina blue, and gives shades from sky blue to navy. The fruit is sourced from riverside communities under a benefit-sharing agreement that complies with Brazilian biodiversity law.',
      sectors: ['food_technology', 'chemicals'],
      keywords: ['kw.green_chemistry'],
      freeKeywords: ['natural blue colourant', 'genipap', 'clean label', 'Amazon biodiversity'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['BR 10 2019 004321-2'],
        cooperationTypes: ['licensing', 'manufacturing', 'distribution'],
        applications: 'Beverages, dairy products, confectionery, bakery fillings, plant-based foods, cosmetics.',
      },
    },
  },

  // ───────────────────── Advanced materials, chemicals, synthetic biology ─────────────────────
  {
    key: 'need-de-cvd-graphene-films',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 50,
    answers: 'offer-zh-r2r-cvd-graphene',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Großflächige CVD-Graphenfilme auf PET als Rollenware für flexible Sensorik gesucht',
      summary:
        'Unser Lehrstuhl für Nanoelektronik entwickelt gedruckte, flexible Drucksensor- und Elektroden-Arrays für Mensch-Maschine-Schnittstellen. Für die Skalierung benötigen wir einlagiges CVD-Graphen auf PET-Folie als Rollenware (Breite ≥ 300 mm) mit reproduzierbarem Schichtwiderstand. Wir suchen einen Hersteller oder ein Forschungsinstitut, das uns mit Material beliefert und den Transferprozess gemeinsam mit uns weiterentwickelt.',
      sectors: ['advanced_materials'],
      keywords: ['kw.graphene', 'kw.nanomaterials'],
      freeKeywords: ['CVD-Graphen', 'Rolle-zu-Rolle', 'flexible Elektronik', 'Schichtwiderstand'],
      countriesSought: ['CN', 'KR'],
      visibility: 'public',
      details: {
        problem:
          'Kommerziell verfügbare Graphenfilme gibt es nur als Einzelbögen (max. 100 × 100 mm); der Schichtwiderstand schwankt um mehr als ±30 %, und PMMA-Rückstände aus dem Nasstransfer verschlechtern die Haftung der Sensorschichten.',
        desiredSolution:
          'Rolle-zu-Rolle-Graphen auf PET mit Schichtwiderstand ≤ 400 Ω/sq (±10 %), optischer Transmission ≥ 95 % und rückstandsarmem Transfer; zunächst 50 m Versuchsmaterial sowie ein gemeinsamer Antrag in einem deutsch-chinesischen Förderprogramm.',
        budget: { min: 60000, max: 150000, currency: 'EUR' },
        deadline: '2027-10-31',
        trlMin: 5,
        cooperationTypes: ['joint_rd', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zh-r2r-cvd-graphene',
    org: 'cn_univ_sh',
    status: 'published',
    publishedDaysAgo: 100,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '卷对卷CVD单层石墨烯薄膜连续制备与无胶转移技术',
      summary:
        '课题组建成幅宽400 mm的卷对卷常压CVD石墨烯生长与转移中试线，可在PET、PI等柔性基底上连续制备单层石墨烯薄膜，速度达2 m/min。采用热释放胶带替代PMMA的干法转移工艺，显著降低薄膜表面残留物；方块电阻250–350 Ω/sq，均匀性±8%，550 nm透光率97%。可提供样品、定制化制备及联合开发，适用于柔性传感、透明电极、电磁屏蔽等领域。',
      sectors: ['advanced_materials'],
      keywords: ['kw.graphene', 'kw.nanomaterials'],
      freeKeywords: ['卷对卷', 'CVD石墨烯', '无胶转移', '柔性电极'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN112522137B', 'CN113788475B', 'CN115926201A'],
        cooperationTypes: ['joint_rd', 'technology_transfer', 'technical_service'],
        applications: '柔性压力/应变传感器、透明导电电极、触控与可穿戴电子、电磁屏蔽膜、生物传感器电极。',
      },
    },
  },
  {
    key: 'need-de-ceramic-pressure-sensor',
    org: 'de_instruments',
    status: 'published',
    publishedDaysAgo: 30,
    answers: 'offer-zh-thick-film-ceramic-sensor',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Entwicklungspartner für Dickschicht-Keramikdruckmesszellen (0–600 bar) in China gesucht',
      summary:
        'Für eine neue Generation von Hydraulik-Druckmessumformern, die wir in Shanghai für den asiatischen Markt entwickeln, suchen wir einen Partner für piezoresistive Dickschicht-Messzellen auf Al2O3-Keramik. Gefordert sind Messbereiche bis 600 bar, ein Temperaturkoeffizient des Nullpunkts unter 0,02 % FS/K und eine Berstfestigkeit von mindestens dem Dreifachen des Nenndrucks. Ziel ist die Lokalisierung der Messzelle im Jangtse-Delta bei rund 200.000 Stück pro Jahr.',
      sectors: ['equipment_manufacturing', 'advanced_materials'],
      keywords: ['kw.ceramics', 'kw.industrial_automation'],
      freeKeywords: ['Drucksensor', 'Dickschichttechnik', 'Al2O3-Keramik', 'Hydraulik'],
      countriesSought: ['CN'],
      visibility: 'public',
      details: {
        problem:
          'Die derzeit aus Europa bezogenen Messzellen sind für die Zielpreise im chinesischen Hydraulikmarkt zu teuer und haben Lieferzeiten von 16 Wochen. Getestete Dünnschicht-Alternativen zeigen nach mehr als 10 Mio. Lastwechseln Nullpunktdrift.',
        desiredSolution:
          'Ein Forschungspartner oder Hersteller mit eigener Dickschichttechnologie (Siebdruck, Laserabgleich), der Messzellen nach unserem Lastenheft entwickelt, qualifiziert (Druck- und Temperaturzyklen von −40 bis +125 °C) und in Serie fertigt.',
        budget: { min: 150000, max: 400000, currency: 'EUR' },
        deadline: '2027-05-31',
        trlMin: 5,
        cooperationTypes: ['joint_rd', 'manufacturing'],
      },
    },
  },
  {
    key: 'offer-zh-thick-film-ceramic-sensor',
    org: 'cn_univ_sh',
    status: 'published',
    publishedDaysAgo: 77,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '低温漂厚膜陶瓷压阻式压力传感器芯体（0.1–100 MPa）',
      summary:
        '本团队基于96%氧化铝陶瓷基底和自主配方的钌系厚膜电阻浆料，开发了压阻式压力敏感芯体，量程覆盖0.1–100 MPa。通过激光调阻与多点温度补偿，零点温漂优于±0.015%FS/℃，经1,000万次压力循环后零点漂移小于0.1%FS。芯体可直接与不锈钢接头焊接或采用O形圈密封，适用于液压、空压、制冷及工程机械，已在两家传感器企业完成中试，良率92%。',
      sectors: ['equipment_manufacturing', 'advanced_materials'],
      keywords: ['kw.ceramics', 'kw.industrial_automation'],
      freeKeywords: ['厚膜电阻', '氧化铝陶瓷', '压力传感器', '温度补偿'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN113654702B', 'CN115420318B'],
        cooperationTypes: ['licensing', 'technology_transfer', 'joint_rd'],
        applications: '液压系统与工程机械压力变送器、空压机、制冷剂压力检测、汽车制动与燃油系统、医用气体压力监测。',
      },
    },
  },
  {
    key: 'need-zh-cassava-bioplastic',
    org: 'pujiang_forum',
    status: 'published',
    publishedDaysAgo: 9,
    answers: 'offer-vi-cassava-starch-film',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '征集木薯淀粉基全生物降解软包装膜配方与吹膜工艺',
      summary:
        '本需求经“技桥”全球供需对接平台，受长三角一家食品软包装企业委托发布。企业计划到2028年将30%的PE购物袋和生鲜包装袋替换为全生物降解产品，希望以木薯淀粉为主要原料，降低对PBAT的依赖并控制成本。现征集淀粉基共混改性配方及吹膜工艺，欢迎东南亚木薯主产国的高校和企业参与。',
      sectors: ['advanced_materials', 'chemicals'],
      keywords: ['kw.biodegradable_plastics', 'kw.green_chemistry'],
      freeKeywords: ['木薯淀粉', '全生物降解', '吹膜', '热塑性淀粉'],
      countriesSought: ['VN', 'TH', 'ID'],
      visibility: 'anonymous',
      details: {
        problem:
          '现有PBAT/PLA膜原料成本约为PE的2.5倍；热塑性淀粉含量超过30%后，薄膜拉伸强度和耐水性明显下降，易吸潮粘连。',
        desiredSolution:
          '淀粉含量≥40%、符合GB/T 20197和EN 13432可堆肥要求的薄膜配方，拉伸强度≥15 MPa，可在现有PE吹膜线上小幅改造后生产；接受技术许可或联合开发。',
        budget: { min: 800000, max: 2000000, currency: 'CNY' },
        deadline: '2027-04-30',
        trlMin: 5,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-vi-cassava-starch-film',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 57,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Màng sinh học phân hủy hoàn toàn từ tinh bột sắn, sản xuất được trên dây chuyền thổi màng PE',
      summary:
        'Trung tâm giới thiệu công nghệ của một doanh nghiệp khởi nghiệp tại Tây Ninh: hạt nhựa sinh học chứa 45–55% tinh bột sắn biến tính, phối trộn với PBAT và chất tương hợp do doanh nghiệp tự phát triển. Màng thổi dày 15–30 µm có độ bền kéo 18–22 MPa, chống hút ẩm tốt, phân hủy hoàn toàn trong điều kiện ủ công nghiệp sau 12 tuần và đạt chứng nhận EN 13432. Hạt nhựa chạy được trên máy thổi màng PE sau khi điều chỉnh nhiệt độ và trục vít, giá thành thấp hơn khoảng 30% so với màng PBAT/PLA.',
      sectors: ['advanced_materials', 'chemicals'],
      keywords: ['kw.biodegradable_plastics', 'kw.green_chemistry'],
      freeKeywords: ['tinh bột sắn', 'nhựa sinh học', 'thổi màng', 'EN 13432'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_applied',
        patentNumbers: ['VN 1-2022-05417'],
        cooperationTypes: ['licensing', 'manufacturing', 'distribution'],
        applications:
          'Túi mua sắm, túi đựng rác, bao bì thực phẩm tươi sống, màng phủ nông nghiệp, găng tay dùng một lần.',
      },
    },
  },
  {
    key: 'need-zht-pha-strain-scaleup',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 31,
    answers: 'offer-de-pha-waste-fat',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '以廢棄油脂為原料生產PHA生物可分解塑膠之菌株與發酵放大技術需求',
      summary:
        '本孵化器入駐的海歸創業團隊專注於可在海洋環境分解的PHA材料，曾於2023年杭州國際人才交流與項目合作大會創業大賽獲獎，已完成實驗室50 L發酵驗證，擬建設年產1,000噸示範線。目前以葡萄糖為碳源，原料成本佔總成本近五成，PHA含量僅約55%細胞乾重。團隊希望引進以地溝油、棕櫚油廢渣等廢棄油脂為碳源的高產菌株及發酵、萃取製程，合作方式可為技術授權或聯合研發。',
      sectors: ['synthetic_biology', 'advanced_materials'],
      keywords: ['kw.biodegradable_plastics', 'kw.biomanufacturing'],
      freeKeywords: ['PHA', '廢棄油脂', '發酵放大', '海洋分解'],
      countriesSought: ['DE', 'JP', 'SG'],
      visibility: 'public',
      details: {
        problem:
          '糖基原料成本高，產品售價約每噸4萬元，難與PBAT競爭；油脂底物溶氧傳質差、易起泡，放大後產率下降；溶劑萃取能耗高。',
        desiredSolution:
          '可利用廢棄油脂、PHA含量≥75%細胞乾重、發酵週期≤60小時的菌株，具1 m³以上發酵放大數據，並搭配非氯化溶劑或水相萃取製程；可調控PHBHHx等共聚物組成者尤佳。',
        budget: { min: 2000000, max: 5000000, currency: 'CNY' },
        deadline: '2027-09-30',
        trlMin: 5,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-de-pha-waste-fat',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 69,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'PHA-Biokunststoff aus Alt- und Abfallfetten: Hochleistungsstamm und Fed-Batch-Verfahren',
      summary:
        'Unsere Professur für Bioverfahrenstechnik hat einen gentechnisch optimierten Cupriavidus-necator-Stamm entwickelt, der Altspeisefett, Tierfett und Palmölrückstände zu Polyhydroxyalkanoaten (PHB und P(HB-co-HHx)) umsetzt. Im 150-L-Fed-Batch werden in 48 Stunden PHA-Gehalte von 80 % der Zelltrockenmasse bei einer Raum-Zeit-Ausbeute von 1,6 g/(L·h) erreicht; der HHx-Anteil ist zwischen 3 und 15 mol-% einstellbar. Eine Emulgierstrategie löst Sauerstoffeintrags- und Schaumprobleme beim Einsatz fester Fette, und ein wässriges Aufschlussverfahren ersetzt chlorierte Lösungsmittel.',
      sectors: ['synthetic_biology', 'advanced_materials'],
      keywords: ['kw.biodegradable_plastics', 'kw.biomanufacturing'],
      freeKeywords: ['Polyhydroxyalkanoate', 'Altfett', 'Cupriavidus necator', 'Fed-Batch'],
      visibility: 'public',
      details: {
        trl: 5,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2020 116 244 B4', 'WO 2022/073541 A1'],
        cooperationTypes: ['licensing', 'joint_rd', 'technology_transfer'],
        applications:
          'Biologisch abbaubare Verpackungen und Folien, meeresabbaubare Einwegartikel, Agrarfolien, medizinische Implantatwerkstoffe, Fasern und 3D-Druck-Filamente.',
      },
    },
  },
  {
    key: 'need-de-pet-hydrolase',
    org: 'de_univ',
    status: 'published',
    publishedDaysAgo: 29,
    answers: 'offer-zh-pet-hydrolase',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Thermostabile PET-Hydrolase für das enzymatische Recycling von Alttextilien gesucht',
      summary:
        'In einem Verbundvorhaben mit sächsischen Textil- und Recyclingunternehmen entwickeln wir ein enzymatisches Verfahren, das Polyester aus Alttextilien und Mischgeweben in Terephthalsäure und Ethylenglykol zerlegt. Die bisher getesteten Enzyme (LCC-Varianten) sind bei 70 °C nicht ausreichend stabil und werden durch Farbstoffe und Baumwollanteile gehemmt. Wir suchen Partner mit proteintechnisch optimierten PET-Hydrolasen sowie Know-how in der kostengünstigen Enzymproduktion.',
      sectors: ['synthetic_biology', 'chemicals'],
      keywords: ['kw.enzyme_engineering', 'kw.solid_waste_recycling'],
      freeKeywords: ['PET-Hydrolase', 'Textilrecycling', 'enzymatische Depolymerisation', 'Proteindesign'],
      countriesSought: ['CN', 'FR', 'JP'],
      visibility: 'members',
      details: {
        problem:
          'Kristallines Textil-PET muss nahe der Glasübergangstemperatur (ca. 70–75 °C) abgebaut werden, wo die Enzyme rasch inaktivieren. Nach 24 h sind erst 60 % depolymerisiert, die Enzymkosten liegen über 5 € pro kg PET.',
        desiredSolution:
          'PET-Hydrolase mit Halbwertszeit > 48 h bei 72 °C, Depolymerisation ≥ 90 % in 24 h bei einer Enzymbeladung ≤ 2 mg/g PET, Expression in Pichia oder Bacillus mit Titer > 5 g/L; gemeinsame Pilotierung im 100-L-Maßstab.',
        budget: { min: 100000, max: 250000, currency: 'EUR' },
        deadline: '2027-11-30',
        trlMin: 4,
        cooperationTypes: ['joint_rd', 'licensing'],
      },
    },
  },
  {
    key: 'offer-zh-pet-hydrolase',
    org: 'cn_inst_bio',
    status: 'published',
    publishedDaysAgo: 73,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: 'AI辅助定向进化的耐高温PET水解酶及废旧纺织品酶法解聚技术',
      summary:
        '本院利用蛋白质语言模型结合高通量定向进化，获得了在72℃下半衰期超过96小时的PET水解酶突变体，对结晶度较高的涤纶纤维24小时解聚率可达92%，酶用量仅1.5 mg/g PET。该酶在毕赤酵母中分泌表达，发酵罐水平表达量达8 g/L，并能耐受活性染料和棉纤维残留。目前已完成50 L酶解中试，回收的对苯二甲酸纯度99.8%，可直接用于再聚合。',
      sectors: ['synthetic_biology', 'chemicals'],
      keywords: ['kw.enzyme_engineering', 'kw.solid_waste_recycling'],
      freeKeywords: ['PET水解酶', '定向进化', '涤纶解聚', '酶法回收'],
      visibility: 'public',
      details: {
        trl: 5,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN114657164B', 'CN116121084A'],
        cooperationTypes: ['licensing', 'joint_rd', 'technology_transfer'],
        applications: '废旧涤纶纺织品及涤棉混纺回收、PET瓶片与薄膜化学回收、食品级再生PET原料生产。',
      },
    },
  },
  {
    key: 'need-en-enzyme-fermentation-scaleup',
    org: 'br_inst',
    status: 'published',
    publishedDaysAgo: 43,
    answers: 'offer-zht-synbio-pilot-cdmo',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'Pilot fermentation partner to scale up Amazonian microbial enzymes from 300 L to 5,000 L',
      summary:
        'Our Manaus institute has discovered cold-active lipases and thermostable xylanases in Amazonian soil and river microbes, with strong results in detergent and animal-feed trials. Our own pilot plant stops at 300 L, and we lack downstream processing experience to produce tonne-level samples for industrial partners. We are looking for a contract development and manufacturing organisation or research centre that can optimise expression in Pichia pastoris or Bacillus and run pilot batches up to 5,000 L.',
      sectors: ['synthetic_biology', 'chemicals'],
      keywords: ['kw.biomanufacturing', 'kw.enzyme_engineering'],
      freeKeywords: ['Amazonian biodiversity', 'lipase', 'fermentation scale-up', 'CDMO'],
      countriesSought: ['CN', 'DK', 'IN'],
      visibility: 'public',
      details: {
        problem:
          'Expression titres in our current host are only 0.8–1.2 g/L. Brazilian CDMO capacity for industrial enzymes is scarce and booked more than a year ahead.',
        desiredSolution:
          'Strain and medium optimisation to ≥ 5 g/L, fed-batch scale-up to 1,000–5,000 L, ultrafiltration and spray-drying of the enzyme, and technology transfer documentation, with clear IP terms that leave strain ownership with us.',
        budget: { min: 1200000, max: 3000000, currency: 'BRL' },
        deadline: '2027-07-31',
        trlMin: 5,
        cooperationTypes: ['technical_service', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zht-synbio-pilot-cdmo',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 68,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '合成生物中試放大CDMO服務：菌株構建、發酵優化至10噸級及下游純化',
      summary:
        '本孵化器與合作夥伴共建的合成生物中試平台位於杭州錢塘生物醫藥港，配備5 L至10 m³發酵罐共40餘台，以及超濾、層析、噴霧乾燥與冷凍乾燥等下游設備。平台提供畢赤酵母、枯草芽孢桿菌、大腸桿菌等宿主的菌株改造與高通量篩選，工業酶表達量可優化至5–15 g/L，並可於8–12週內完成從搖瓶到噸級的放大與製程包交付。至今已服務海內外70餘家企業，客戶保留菌株及製程智慧財產權。',
      sectors: ['synthetic_biology', 'chemicals'],
      keywords: ['kw.biomanufacturing', 'kw.enzyme_engineering'],
      freeKeywords: ['中試放大', 'CDMO', '發酵優化', '畢赤酵母'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'know_how',
        cooperationTypes: ['technical_service', 'manufacturing', 'joint_rd'],
        applications: '工業酶、食品配料、化妝品原料、生物基材料單體、動物營養添加劑等產品的中試放大與小批量生產。',
      },
    },
  },
  {
    key: 'offer-zht-hmo-fermentation',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 75,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '微生物細胞工廠發酵生產母乳寡糖（2′-FL、LNnT），純度≥95%',
      summary:
        '本孵化器入駐團隊由歸國合成生物學者創立，曾參與杭州外籍人才創新成果展與項目對接會。團隊以代謝工程改造大腸桿菌BL21底盤，構建了高效合成2′-岩藻糖基乳糖（2′-FL）與乳糖-N-新四糖（LNnT）的細胞工廠；50 m³發酵罐中2′-FL產量達120 g/L，經膜分離與結晶後純度≥95%，生產成本較化學合成降低七成以上。產品已備妥新食品原料申報資料，可為嬰幼兒配方奶粉及特殊醫學用途食品企業提供授權或代工。',
      sectors: ['synthetic_biology', 'food_technology'],
      keywords: ['kw.biomanufacturing', 'kw.enzyme_engineering'],
      freeKeywords: ['母乳寡糖', '2′-FL', '細胞工廠', '代謝工程'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['CN114874963B', 'CN115725316B'],
        cooperationTypes: ['licensing', 'manufacturing', 'joint_venture'],
        applications: '嬰幼兒配方奶粉、特殊醫學用途配方食品、益生元膳食補充劑、寵物營養。',
      },
    },
  },
  // ───────────────────── Intelligent manufacturing, equipment, robotics ─────────────────────
  {
    key: 'need-de-surface-defect-ai',
    org: 'de_instruments',
    status: 'published',
    publishedDaysAgo: 19,
    answers: 'offer-zht-few-shot-defect-detection',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'KI-Oberflächenprüfung mit wenigen Fehlerbildern für unsere Inline-Messsysteme',
      summary:
        'Wir entwickeln in Shanghai optische Inline-Messsysteme für die Produktion von Metallbändern und Batterieelektrodenfolien. Kunden verlangen zunehmend eine automatische Klassifikation von Oberflächenfehlern wie Kratzern, Dellen, Einschlüssen und Beschichtungsfehlern, können pro Fehlerklasse aber oft nur 20–50 Beispielbilder liefern. Wir suchen einen Partner, dessen Deep-Learning-Verfahren mit sehr wenigen Fehlerbeispielen auskommt und sich auf unsere Embedded-Hardware portieren lässt.',
      sectors: ['intelligent_manufacturing', 'ai'],
      keywords: ['kw.machine_vision_inspection', 'kw.computer_vision'],
      freeKeywords: ['Oberflächeninspektion', 'Few-Shot-Learning', 'Anomalieerkennung', 'Embedded-KI'],
      countriesSought: ['CN'],
      visibility: 'members',
      details: {
        problem:
          'Klassische regelbasierte Bildverarbeitung erzeugt bei wechselnden Oberflächentexturen zu viele Pseudofehler (> 5 %); überwachte Deep-Learning-Modelle benötigen Tausende annotierter Fehlerbilder, die in der Serienfertigung nicht vorliegen.',
        desiredSolution:
          'Few-Shot- oder anomaliebasierte Fehlererkennung mit Erkennungsrate ≥ 99 % und Pseudofehlerrate ≤ 1 % bei Bandgeschwindigkeiten bis 120 m/min; Inferenz auf Hardware der NVIDIA-Jetson-Klasse in ≤ 20 ms pro Bild; Lizenzmodell für die Integration in unsere Produkte.',
        budget: { min: 120000, max: 350000, currency: 'EUR' },
        deadline: '2027-06-30',
        trlMin: 6,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zht-few-shot-defect-detection',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 44,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '小樣本工業表面瑕疵檢測演算法：每類瑕疵僅需約20張標註影像',
      summary:
        '本孵化器入駐團隊由台灣電腦視覺博士創立，開發了結合非監督式異常偵測與小樣本學習的表面瑕疵檢測引擎。只需良品影像及每類瑕疵約20張樣本即可完成訓練，在鋼帶、鋰電池極片及3C金屬外殼產線上檢出率達99.5%、誤判率低於0.8%。模型經量化後可在NVIDIA Jetson Orin上以每張12毫秒完成推論，提供C++ SDK授權及客製化整合服務。',
      sectors: ['intelligent_manufacturing', 'ai'],
      keywords: ['kw.machine_vision_inspection', 'kw.computer_vision'],
      freeKeywords: ['表面瑕疵檢測', '小樣本學習', '異常偵測', '邊緣推論'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_applied',
        patentNumbers: ['CN116051986A', 'TW 202318471 A'],
        cooperationTypes: ['licensing', 'joint_rd', 'technical_service'],
        applications: '鋼鐵與有色金屬帶材、鋰電池極片與隔離膜、3C外殼、紡織布匹、玻璃與顯示面板等之線上表面瑕疵檢測。',
      },
    },
  },
  {
    key: 'need-zht-robot-force-polishing',
    org: 'cn_incubator',
    status: 'draft',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '衛浴五金件工業機器人力控打磨拋光技術需求',
      summary:
        '本孵化器場景合作夥伴為浙江一家衛浴五金企業，年產水龍頭及花灑約300萬件，打磨拋光工序仍以人工為主，粉塵大、招工難，產品表面一致性不佳。企業曾引進示教型打磨機器人，但因鑄件尺寸偏差大、換型頻繁，良率僅約75%。希望與具備力控打磨及三維視覺定位技術的團隊合作，建置柔性打磨拋光示範線。',
      sectors: ['robotics', 'intelligent_manufacturing'],
      keywords: ['kw.industrial_robot', 'kw.industrial_automation', 'kw.computer_vision'],
      freeKeywords: ['力控打磨', '衛浴五金', '3D視覺', '柔性產線'],
      visibility: 'public',
      details: {
        problem:
          '銅合金鑄件毛胚偏差達±0.5 mm，固定軌跡打磨容易過拋或漏拋；產品型號超過400種，示教編程工作量大；拋光粉塵有爆炸風險。',
        desiredSolution:
          '主動力控末端執行器（力控精度±1 N）結合3D視覺掃描自動生成打磨軌跡，新品換型編程時間≤2小時，良率≥95%，單工位產能相當於兩名熟練技工；配套除塵與防爆設計。',
        budget: { min: 2000000, max: 4000000, currency: 'CNY' },
        deadline: '2027-06-30',
        trlMin: 7,
        cooperationTypes: ['joint_rd', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-en-hydraulic-digital-twin',
    org: 'fi_univ',
    status: 'submitted',
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Digital twin and predictive maintenance for hydraulic mobile machinery',
      summary:
        'Our mobile machinery research group offers a physics-based digital twin of hydraulic drives combined with machine-learning anomaly detection, built on data from mining loaders, forestry machines and cranes. Using only the pressure, flow and temperature sensors already on the machine, it detects pump wear, valve leakage and cylinder seal failures 200–400 operating hours before breakdown, with a false-alarm rate below 3%. The models run on the machine’s edge controller and feed fleet maintenance planning in the cloud.',
      sectors: ['equipment_manufacturing', 'intelligent_manufacturing'],
      keywords: ['kw.digital_twin', 'kw.predictive_maintenance', 'kw.machine_learning'],
      freeKeywords: ['hydraulic drives', 'mobile machinery', 'anomaly detection', 'edge computing'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_applied',
        patentNumbers: ['FI 20235112 A'],
        cooperationTypes: ['licensing', 'joint_rd', 'consulting'],
        applications:
          'Mining and construction equipment, forestry machines, port cranes and reach stackers, agricultural tractors, hydraulic presses.',
      },
    },
  },

  // ───────────────────── Medical devices, biomedicine, cell therapy ─────────────────────
  {
    key: 'need-zht-ecg-patch-algorithm',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 20,
    answers: 'offer-de-ecg-patch-ai',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '徵求單導程心電貼片之心律不整AI判讀演算法與長時程低功耗方案',
      summary:
        '本孵化器入駐的台灣醫療器材團隊已完成一次性單導程心電貼片硬體原型（重量18 g，取樣率250 Hz），準備在中國大陸申請國家藥監局二類醫療器械註冊。目前缺乏可通過臨床驗證的心房顫動、早期收縮等心律不整自動判讀演算法，且連續配戴僅能維持5天。誠徵具醫療級心電演算法及低功耗設計經驗的合作夥伴，技術授權或聯合開發皆可。',
      sectors: ['medical_devices', 'digital_health'],
      keywords: ['kw.wearable_sensor', 'kw.machine_learning'],
      freeKeywords: ['心電貼片', '心房顫動', '長時程心電圖', '低功耗'],
      countriesSought: ['DE', 'US', 'IL'],
      visibility: 'public',
      details: {
        problem:
          '現有演算法在運動偽影干擾下心房顫動偽陽性率逾15%，醫師複核工作量大；藍牙持續傳輸耗電過高，配戴天數不足以涵蓋陣發性心房顫動篩檢所需的7–14天。',
        desiredSolution:
          '已取得CE或FDA認證、心房顫動敏感度≥95%的心電判讀演算法（可嵌入式或雲端部署），並協助將續航延長至14天；合作方可提供臨床驗證資料與註冊技術文件者優先。',
        budget: { min: 500000, max: 1200000, currency: 'CNY' },
        deadline: '2027-03-31',
        trlMin: 6,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-de-ecg-patch-ai',
    org: 'de_medtech_rd',
    status: 'published',
    publishedDaysAgo: 63,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: '14-Tage-EKG-Pflaster mit eingebetteter KI-Arrhythmieerkennung (CE-zertifiziert)',
      summary:
        'Unser F&E-Zentrum in Shanghai bietet die Plattform eines einkanaligen EKG-Pflasters zur ambulanten Langzeitüberwachung über bis zu 14 Tage an. Ein auf mehr als 200.000 annotierten Holter-Aufzeichnungen trainiertes neuronales Netz erkennt Vorhofflimmern mit einer Sensitivität von 97,8 % und einer Spezifität von 98,5 %; Bewegungsartefakte werden mithilfe eines Beschleunigungssensors kompensiert. Die Auswertung läuft energiesparend direkt auf dem Mikrocontroller, per Bluetooth Low Energy werden nur Ereignisse übertragen. Algorithmus und Referenzdesign sind nach MDR (Klasse IIa) zertifiziert; wir suchen Lizenznehmer und Fertigungspartner für den chinesischen Markt.',
      sectors: ['medical_devices', 'digital_health'],
      keywords: ['kw.wearable_sensor', 'kw.machine_learning', 'kw.telemedicine'],
      freeKeywords: ['EKG-Pflaster', 'Vorhofflimmern', 'Langzeit-EKG', 'MDR Klasse IIa'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2020 108 377 B3', 'CN113712561B'],
        cooperationTypes: ['licensing', 'manufacturing', 'joint_rd'],
        applications:
          'Screening auf paroxysmales Vorhofflimmern, Nachsorge nach Ablation oder Schlaganfall, Telemonitoring in der Kardiologie, Sportmedizin.',
      },
    },
  },
  {
    key: 'need-en-handheld-ultrasound-oem',
    org: 'ca_startup',
    status: 'published',
    publishedDaysAgo: 18,
    answers: 'offer-zht-handheld-ultrasound',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'OEM partner for a wireless handheld ultrasound probe to run our AI point-of-care apps',
      summary:
        'Our Toronto team develops AI guidance and automated measurements for point-of-care ultrasound: lung B-lines, bladder volume and cardiac ejection fraction. We are looking for a hardware partner supplying a wireless handheld probe with an open SDK that gives access to raw or beamformed data. Our target markets are rural clinics in Canada and Southeast Asia, so unit cost and battery life matter more than premium image quality.',
      sectors: ['medical_devices', 'ai'],
      keywords: ['kw.medical_imaging', 'kw.machine_learning'],
      freeKeywords: ['point-of-care ultrasound', 'handheld probe', 'open SDK', 'OEM'],
      countriesSought: ['CN', 'HK', 'KR'],
      visibility: 'public',
      details: {
        problem:
          'The major handheld ultrasound brands either lock their data streams or price their probes above USD 5,000, which rules out the rural clinics and community health workers we serve.',
        desiredSolution:
          'A wireless (Wi-Fi or USB-C) convex and/or linear probe with at least 128 elements, an iOS/Android SDK with access to IQ or B-mode data, FDA 510(k) clearance or CE marking (or a clear path to it), and a unit cost below CAD 2,500 at 1,000 units per year.',
        budget: { min: 150000, max: 400000, currency: 'CAD' },
        deadline: '2027-05-15',
        trlMin: 7,
        cooperationTypes: ['manufacturing', 'joint_rd', 'distribution'],
      },
    },
  },
  {
    key: 'offer-zht-handheld-ultrasound',
    org: 'hk_capital',
    status: 'published',
    publishedDaysAgo: 52,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '無線掌上超聲波探頭（凸陣／線陣雙頭），開放SDK供AI應用整合',
      summary:
        '本公司被投企業為香港科學園一家醫療科技公司，自主研發雙頭無線超聲波探頭（凸陣與線陣各128陣元），重量僅260 g，可經Wi-Fi直連iOS及Android裝置，連續掃描可達90分鐘。開放SDK提供B模式影像及IQ原始數據接口，方便第三方AI輔助診斷軟件整合。產品已取得CE認證並列入香港醫療儀器行政管理制度名單，FDA 510(k)申請審批中；千台批量單價可控制在1,500美元以內。',
      translations: [
        {
          language: 'en',
          title: 'Wireless handheld ultrasound probe (convex/linear dual head) with open SDK for AI integration',
          summary:
            'A medical technology company at Hong Kong Science Park in our portfolio has developed a dual-head wireless ultrasound probe (128 elements each for the convex and linear arrays) weighing 260 g. It connects directly to iOS and Android devices over Wi-Fi and scans for up to 90 minutes. An open SDK exposes B-mode images and raw IQ data so that third-party AI diagnostic software can be integrated. The probe is CE-marked and listed under Hong Kong’s Medical Device Administrative Control System; FDA 510(k) review is pending, and the unit price stays below USD 1,500 for orders of 1,000.',
        },
      ],
      sectors: ['medical_devices', 'ai'],
      keywords: ['kw.medical_imaging', 'kw.machine_learning'],
      freeKeywords: ['掌上超聲波', '無線探頭', '開放SDK', '床邊超聲'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_granted',
        patentNumbers: ['US 11,759,182 B2', 'CN114533125B'],
        cooperationTypes: ['manufacturing', 'distribution', 'licensing'],
        applications: '床邊即時超聲（POCUS）、基層醫療及偏遠地區診所、急診與救護、獸醫、AI輔助超聲教學。',
      },
    },
  },
  {
    key: 'need-de-chest-xray-triage',
    org: 'de_medtech_rd',
    status: 'published',
    publishedDaysAgo: 48,
    answers: 'offer-en-chest-xray-triage-ai',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'KI-Triage für Thorax-Röntgenaufnahmen zur Integration in unsere DR-Systeme für China',
      summary:
        'Unser Medizintechnik-F&E-Zentrum in Shanghai entwickelt digitale Röntgensysteme (DR) für Kreiskrankenhäuser und kommunale Gesundheitszentren. Kunden wünschen eine direkt am Gerät laufende KI, die auffällige Thoraxaufnahmen (Pneumothorax, Pleuraerguss, Rundherde, Tuberkuloseverdacht) innerhalb von Sekunden priorisiert. Wir suchen einen KI-Partner mit klinisch validierten Algorithmen, die wir lizenzieren und gemeinsam für die NMPA-Zulassung vorbereiten können.',
      sectors: ['medical_devices', 'ai'],
      keywords: ['kw.medical_imaging', 'kw.computer_vision'],
      freeKeywords: ['Thorax-Röntgen', 'KI-Triage', 'Pneumothorax', 'NMPA-Zulassung'],
      countriesSought: ['CA', 'IL', 'KR'],
      visibility: 'public',
      details: {
        problem:
          'In Kreiskrankenhäusern werden Röntgenbilder oft erst nach Stunden befundet, kritische Befunde wie ein Pneumothorax bleiben zu lange unbemerkt. Eine Eigenentwicklung einschließlich Datenerhebung für alle Befundklassen würde mehr als drei Jahre dauern.',
        desiredSolution:
          'Algorithmus mit AUC ≥ 0,95 für Pneumothorax und ≥ 0,90 für die übrigen Zielbefunde, Inferenz auf einer Embedded-GPU im Gerät in < 5 s, bestehende CE- oder FDA-Zulassung und Bereitschaft zur Validierung an chinesischen Daten.',
        budget: { min: 200000, max: 500000, currency: 'EUR' },
        deadline: '2027-09-30',
        trlMin: 7,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-en-chest-xray-triage-ai',
    org: 'ca_startup',
    status: 'published',
    publishedDaysAgo: 110,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Chest X-ray triage AI that flags pneumothorax, effusion, nodules and signs of TB in seconds',
      summary:
        'Our chest radiograph model detects 14 critical and actionable findings, including pneumothorax, pleural effusion, pulmonary nodules, consolidation and radiographic signs of tuberculosis, and reorders reading worklists so that urgent studies are read first. Validated on 180,000 studies from 11 sites in Canada, the US and India, it reaches an AUC of 0.97 for pneumothorax and 0.91–0.95 for the other findings. It holds FDA 510(k) clearance and a Health Canada licence for triage, and can be embedded in DR consoles, running in under 3 seconds on an edge GPU. We offer OEM licences to X-ray manufacturers.',
      sectors: ['medical_devices', 'ai'],
      keywords: ['kw.medical_imaging', 'kw.computer_vision'],
      freeKeywords: ['chest X-ray', 'triage', 'OEM licence', 'tuberculosis screening'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['US 11,488,306 B2'],
        cooperationTypes: ['licensing', 'joint_rd', 'distribution'],
        applications:
          'Worklist prioritisation in radiology, point-of-care triage embedded in digital radiography systems, tuberculosis screening programmes, emergency departments and rural hospitals.',
      },
    },
  },
  {
    key: 'offer-en-digital-pathology-ai',
    org: 'ca_startup',
    status: 'published',
    publishedDaysAgo: 19,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'AI-assisted Gleason grading and tumour detection on whole-slide prostate biopsy images',
      summary:
        'Our digital pathology software analyses whole-slide images of prostate core biopsies, outlines cancerous regions, assigns Gleason patterns and estimates tumour length and percentage. In a reader study of 1,600 biopsies from four Canadian hospitals, pathologists using it cut reading time by 38% and missed 70% fewer cancers. It reads slides from the main scanner vendors and is CE-IVD marked, with a Health Canada review under way. We are looking for hospital and distribution partners in Europe and Asia.',
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.computer_vision', 'kw.medical_imaging', 'kw.in_vitro_diagnostics'],
      freeKeywords: ['digital pathology', 'Gleason grading', 'whole-slide imaging', 'prostate cancer'],
      visibility: 'public',
      details: {
        trl: 8,
        iprStatus: 'patent_applied',
        patentNumbers: ['US 2023/0326541 A1'],
        cooperationTypes: ['licensing', 'distribution'],
        applications: 'Prostate biopsy diagnosis, second-read quality assurance, telepathology networks, pathology training.',
      },
    },
  },
  {
    key: 'need-de-microfluidic-cartridges',
    org: 'de_medtech_rd',
    status: 'submitted',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Hersteller für Mikrofluidik-Kartuschen aus COC im Präzisionsspritzguss (Region Shanghai) gesucht',
      summary:
        'Für ein Point-of-Care-PCR-System, das wir in Shanghai für den chinesischen Markt lokalisieren, suchen wir einen Hersteller von Einweg-Mikrofluidik-Kartuschen aus Cycloolefin-Copolymer (COC). Die Kartuschen enthalten Kanäle mit 100–300 µm Breite, Reagenzienkammern und eine lasergeschweißte Deckfolie. Geplant sind 50.000 Stück im ersten Jahr, steigend auf 1 Mio. Stück pro Jahr; der Hersteller sollte nach ISO 13485 zertifiziert sein.',
      sectors: ['medical_devices', 'equipment_manufacturing'],
      keywords: ['kw.in_vitro_diagnostics', 'kw.precision_machining'],
      freeKeywords: ['Mikrofluidik', 'COC-Spritzguss', 'Point-of-Care-PCR', 'ISO 13485'],
      countriesSought: ['CN'],
      visibility: 'public',
      details: {
        problem:
          'Die aktuelle Fertigung in Europa ist für die Zielkosten in China (< 2 € pro Kartusche) zu teuer; Importzölle und lange Lieferketten verzögern die NMPA-Registrierung.',
        desiredSolution:
          'Präzisionsspritzguss mit Formtoleranzen ≤ ±10 µm, Reinraumfertigung nach ISO-Klasse 7, Laser- oder Ultraschallschweißen der Deckfolie und Inline-Dichtheitsprüfung; gemeinsame Werkzeugqualifizierung und Prozessvalidierung (IQ/OQ/PQ).',
        budget: { min: 250000, max: 600000, currency: 'EUR' },
        deadline: '2027-03-31',
        trlMin: 7,
        cooperationTypes: ['manufacturing'],
      },
    },
  },
  {
    key: 'need-en-chitosan-haemostatic',
    org: 'de_medtech_rd',
    status: 'published',
    publishedDaysAgo: 34,
    answers: 'offer-vi-chitosan-shrimp-shell',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'Supplier of medical-grade chitosan (DD ≥ 90%, low endotoxin) for haemostatic dressings',
      summary:
        'Our Shanghai R&D centre is developing a chitosan-based haemostatic sponge and gauze for trauma and surgical bleeding. We are qualifying a second source of medical-grade chitosan from shrimp or crab shells with tightly controlled degree of deacetylation, molecular weight and impurity profile. We would like to work with suppliers in Asia who can co-develop the grade with us and provide documentation for EU MDR and NMPA submissions.',
      sectors: ['biomedicine', 'advanced_materials'],
      freeKeywords: ['chitosan', 'haemostatic dressing', 'degree of deacetylation', 'endotoxin'],
      countriesSought: ['VN', 'CN', 'TH'],
      visibility: 'public',
      details: {
        problem:
          'Our single European source has long lead times and batch-to-batch variation in molecular weight that changes sponge porosity and haemostatic performance. Many technical-grade chitosans contain heavy metals, residual protein and endotoxins above medical limits.',
        desiredSolution:
          'Chitosan with degree of deacetylation ≥ 90%, viscosity-average molecular weight 300–600 kDa (±10% between batches), endotoxin < 100 EU/g, heavy metals < 10 ppm and protein < 0.3%, produced under ISO 13485 or by a supplier willing to build such a quality system; 200 kg per year to start.',
        budget: { min: 50000, max: 150000, currency: 'EUR' },
        deadline: '2027-06-30',
        cooperationTypes: ['manufacturing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-vi-chitosan-shrimp-shell',
    org: 'vn_univ',
    status: 'published',
    publishedDaysAgo: 64,
    input: {
      type: 'technology_offer',
      language: 'vi',
      title: 'Quy trình sản xuất chitosan độ tinh khiết cao từ vỏ tôm bằng phương pháp enzyme – hóa học kết hợp',
      summary:
        'Viện Công nghệ Sinh học và Thực phẩm của trường đã hoàn thiện quy trình tách chitin từ vỏ tôm thẻ bằng enzyme protease kết hợp xử lý axit nhẹ, giảm 70% lượng NaOH so với phương pháp hóa học truyền thống. Chitosan thu được có độ deacetyl hóa 90–95%, khối lượng phân tử điều chỉnh được trong khoảng 100–800 kDa, hàm lượng protein dưới 0,2% và kim loại nặng dưới 5 ppm. Dây chuyền thử nghiệm 100 kg/mẻ đã cung cấp chitosan cho ngành dược phẩm, mỹ phẩm và bảo quản thực phẩm; nhóm sẵn sàng hợp tác xây dựng hệ thống chất lượng đạt chuẩn thiết bị y tế.',
      sectors: ['biomedicine', 'advanced_materials'],
      freeKeywords: ['chitosan', 'vỏ tôm', 'độ deacetyl hóa', 'vật liệu y sinh'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'patent_granted',
        patentNumbers: ['VN 1-0028731'],
        cooperationTypes: ['manufacturing', 'joint_rd', 'technology_transfer'],
        applications:
          'Vật liệu cầm máu và băng vết thương, tá dược và hệ dẫn thuốc, mỹ phẩm, màng bao bảo quản trái cây, xử lý nước.',
      },
    },
  },
  {
    key: 'need-zh-bioreactor-raman',
    org: 'cn_inst_bio',
    status: 'published',
    publishedDaysAgo: 21,
    answers: 'offer-de-inline-raman-bioprocess',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: 'CHO细胞抗体生产过程在线拉曼光谱监测与反馈补料控制需求',
      summary:
        '本院抗体中试平台拥有50 L至2,000 L一次性生物反应器，目前葡萄糖、乳酸、谷氨酰胺和活细胞密度依靠每日离线取样检测，补料策略依赖经验，批次间表达量差异达20%以上。为落实过程分析技术（PAT）和质量源于设计（QbD）要求，拟引进在线拉曼光谱监测系统及化学计量学模型，实现关键参数实时监测与葡萄糖自动反馈补料。',
      sectors: ['biomedicine', 'equipment_manufacturing'],
      keywords: ['kw.biomanufacturing', 'kw.antibody'],
      freeKeywords: ['拉曼光谱', 'PAT', '反馈补料', '一次性生物反应器'],
      countriesSought: ['DE', 'US'],
      visibility: 'public',
      details: {
        problem:
          '离线取样频次低且存在污染风险，无法及时捕捉葡萄糖耗竭和乳酸积累；缺乏可在不同规模间迁移的光谱模型，每个规模都需重复建模。',
        desiredSolution:
          '与一次性反应器兼容的浸入式或流通池式拉曼探头，葡萄糖预测误差≤0.5 g/L，模型可在50 L–2,000 L间迁移；提供软件接口与符合21 CFR Part 11的数据管理，并协助建立PAT方案。',
        budget: { min: 1500000, max: 3000000, currency: 'CNY' },
        deadline: '2027-04-15',
        trlMin: 8,
        cooperationTypes: ['technical_service', 'distribution'],
      },
    },
  },
  {
    key: 'offer-de-inline-raman-bioprocess',
    org: 'de_instruments',
    status: 'published',
    publishedDaysAgo: 97,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Inline-Raman-Spektroskopie mit übertragbaren Chemometriemodellen für Bioprozesse',
      summary:
        'Unser Raman-Analysesystem misst über sterilisierbare Tauchsonden oder Single-Use-Durchflusszellen Glukose, Laktat, Glutamin, Ammonium und Produkttiter in Zellkulturen in Echtzeit. Vorgefertigte, skalenübergreifende Chemometriemodelle für CHO-Prozesse lassen sich mit wenigen Kalibrierpunkten vom 2-L- auf den 2.000-L-Maßstab übertragen; der Vorhersagefehler für Glukose liegt unter 0,4 g/L. Über eine offene OPC-UA-Schnittstelle wird die Glukosezufütterung geregelt, die Software erfüllt 21 CFR Part 11. Unser F&E-Team in Shanghai unterstützt die Einführung von PAT-Konzepten vor Ort.',
      sectors: ['biomedicine', 'equipment_manufacturing'],
      keywords: ['kw.biomanufacturing', 'kw.antibody'],
      freeKeywords: ['Raman-Spektroskopie', 'PAT', 'Chemometrie', 'Single-Use'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2019 135 218 B4', 'US 11,385,172 B2'],
        cooperationTypes: ['distribution', 'technical_service', 'joint_rd'],
        applications:
          'Upstream-Prozessentwicklung und GMP-Herstellung von Antikörpern und Impfstoffen, Zell- und Gentherapie, Fermentation in Lebensmittel- und Industriebiotechnologie.',
      },
    },
  },
  {
    key: 'need-zh-car-t-closed-manufacturing',
    org: 'cn_inst_bio',
    status: 'published',
    publishedDaysAgo: 17,
    answers: 'offer-de-closed-cell-processing',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: 'CAR-T细胞制备全封闭自动化工艺平台引进与合作开发需求',
      summary:
        '本院CAR-T细胞治疗项目已进入注册临床阶段，目前采用开放式手工操作，须在B级背景下的A级洁净区完成，单批次制备需3名操作人员连续工作9–12天。为降低成本、提高批次一致性并支持多中心临床，计划引进全封闭自动化细胞制备系统，覆盖细胞分选、激活、病毒转导、扩增和制剂灌装全流程，并开展工艺转移与可比性研究。',
      sectors: ['cell_therapy', 'biomedicine'],
      keywords: ['kw.car_t', 'kw.biomanufacturing'],
      freeKeywords: ['CAR-T', '全封闭自动化', 'GMP', '细胞制备'],
      countriesSought: ['DE', 'US'],
      visibility: 'public',
      details: {
        problem:
          '手工开放操作污染风险高、对人员依赖强；批间细胞扩增倍数差异大，制备失败率约8%；洁净室运行成本占单例制备成本的30%以上。',
        desiredSolution:
          '可在C级环境运行的全封闭自动化平台，单批次制备周期≤8天，支持慢病毒转导和非病毒转染，提供GMP级耗材和可追溯的电子批记录；希望供方提供工艺开发支持并协助准备中美双报资料。',
        budget: { min: 3000000, max: 8000000, currency: 'CNY' },
        deadline: '2027-05-31',
        trlMin: 8,
        cooperationTypes: ['technology_transfer', 'technical_service', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-de-closed-cell-processing',
    org: 'de_medtech_rd',
    status: 'published',
    publishedDaysAgo: 102,
    input: {
      type: 'technology_offer',
      language: 'de',
      title: 'Geschlossenes, automatisiertes Zellprozessierungssystem für die GMP-Herstellung von CAR-T-Zellen',
      summary:
        'Unser System führt Zellanreicherung, Aktivierung, lentivirale Transduktion, Expansion und Formulierung in einem funktional geschlossenen Einweg-Schlauchset durch und kann daher in Reinraumklasse C betrieben werden. Ein vollständiger CAR-T-Prozess dauert 7–8 Tage bei weniger als zwei Stunden Handarbeit pro Charge; die Expansionsraten schwanken zwischen den Chargen um weniger als 15 %. Elektronische Chargenprotokolle erfüllen 21 CFR Part 11 und EU-GMP Annex 11. Unser Applikationslabor in Shanghai unterstützt Prozesstransfer, Vergleichbarkeitsstudien und Zulassungsunterlagen für NMPA und FDA.',
      translations: [
        {
          language: 'en',
          title: 'Closed, automated cell processing system for GMP manufacturing of CAR-T cells',
          summary:
            'Our system performs cell enrichment, activation, lentiviral transduction, expansion and formulation in a functionally closed single-use tubing set, so it can be operated in a grade C clean room. A complete CAR-T process takes 7–8 days with less than two hours of hands-on time per batch, and expansion varies by less than 15% between batches. Electronic batch records comply with 21 CFR Part 11 and EU GMP Annex 11. Our Shanghai application lab supports process transfer, comparability studies and dossiers for NMPA and FDA.',
        },
      ],
      sectors: ['cell_therapy', 'biomedicine'],
      keywords: ['kw.car_t', 'kw.biomanufacturing'],
      freeKeywords: ['CAR-T-Herstellung', 'geschlossenes System', 'GMP-Automatisierung', 'Reinraumklasse C'],
      visibility: 'members',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['DE 10 2016 123 823 B4', 'EP 3 402 551 B1', 'CN111225976B'],
        cooperationTypes: ['distribution', 'technical_service', 'joint_rd'],
        applications:
          'Herstellung autologer und allogener CAR-T- und TCR-T-Zellen, NK-Zelltherapien, Stammzellaufbereitung, Prozessentwicklung in akademischen GMP-Einrichtungen.',
      },
    },
  },
  {
    key: 'need-zht-lnp-mrna-delivery',
    org: 'hk_capital',
    status: 'draft',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: 'mRNA疫苗之新型可電離脂質與LNP遞送技術授權需求',
      summary:
        '本公司被投的一家香港生物科技公司正開發針對呼吸道合胞病毒（RSV）及帶狀皰疹的mRNA疫苗，候選分子已完成小鼠免疫原性研究。由於主流可電離脂質受專利限制，公司尋求具自主知識產權的新型可電離脂質及LNP配方技術，並希望一併解決2–8℃長期儲存的穩定性問題。',
      sectors: ['biomedicine'],
      keywords: ['kw.vaccine', 'kw.drug_discovery'],
      freeKeywords: ['mRNA', '脂質納米粒', '可電離脂質', '凍乾穩定性'],
      countriesSought: ['CN', 'US', 'CA', 'DE'],
      visibility: 'public',
      details: {
        problem:
          '現用LNP配方依賴第三方專利，進入歐美市場存在侵權風險；凍乾後粒徑增大、包封率下降，目前只能在−20℃以下保存6個月。',
        desiredSolution:
          '具自由實施（FTO）分析支持的可電離脂質庫及配方，包封率≥90%、粒徑80–120 nm、2–8℃保存≥12個月；授權範圍涵蓋亞太及歐美，可接受里程碑付款。',
        budget: { min: 10000000, max: 30000000, currency: 'HKD' },
        deadline: '2027-12-15',
        trlMin: 4,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  // ───────────────────── Digital health, AI, IT, fintech ─────────────────────
  {
    key: 'need-zh-fundus-ai-screening',
    org: 'beijing_ttpc',
    status: 'published',
    publishedDaysAgo: 10,
    answers: 'offer-en-diabetic-retinopathy-ai',
    input: {
      type: 'technology_need',
      language: 'zh-Hans',
      title: '社区卫生服务中心糖尿病视网膜病变AI眼底筛查技术需求',
      summary:
        '受北京某区域医疗联合体委托，本中心征集糖尿病视网膜病变（糖网）眼底照片AI筛查技术。该医联体覆盖38家社区卫生服务中心，在管糖尿病患者约6.5万人，但眼科医生不足，年筛查率不到30%。希望引进可在免散瞳眼底相机上直接运行、并能与区域健康信息平台对接的AI系统，欢迎国外成熟产品以合作方式落地。',
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.computer_vision', 'kw.medical_imaging'],
      freeKeywords: ['糖网筛查', '眼底照相', '医联体', '基层医疗'],
      countriesSought: ['CA', 'DE', 'SG'],
      visibility: 'anonymous',
      details: {
        problem:
          '基层缺乏眼底阅片能力，转诊不及时；试用过的系统对图像质量敏感，小瞳孔及白内障患者照片的可判读率低于80%。',
        desiredSolution:
          '对需转诊糖网的敏感度≥90%、特异度≥85%，支持图像质量自动评估与重拍提示，可私有化部署并符合国内数据安全要求；已获NMPA三类证或具备明确国内注册路径的产品。',
        budget: { min: 1000000, max: 3000000, currency: 'CNY' },
        deadline: '2027-08-31',
        trlMin: 8,
        cooperationTypes: ['licensing', 'distribution', 'joint_venture'],
      },
    },
  },
  {
    key: 'offer-en-diabetic-retinopathy-ai',
    org: 'ca_startup',
    status: 'published',
    publishedDaysAgo: 85,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Autonomous AI screening for diabetic retinopathy from non-mydriatic fundus photos',
      summary:
        'Our deep-learning system grades referable diabetic retinopathy and macular oedema from two-field non-mydriatic fundus images in under 30 seconds. In a prospective study of 9,400 patients in Ontario primary care it reached 93.4% sensitivity and 89.1% specificity, and its built-in image-quality module makes 95% of images gradable, including those of patients with small pupils. It is licensed by Health Canada (Class III) and CE-marked, runs on premises or in the cloud and integrates via DICOM and HL7 FHIR. We are looking for partners for regulatory approval and deployment in China and ASEAN.',
      translations: [
        {
          language: 'zh-Hans',
          title: '基于免散瞳眼底照片的糖尿病视网膜病变自主AI筛查',
          summary:
            '我们的深度学习系统可在30秒内根据双视野免散瞳眼底照片判读需转诊的糖尿病视网膜病变和黄斑水肿。在安大略省基层医疗机构9,400名患者的前瞻性研究中，敏感度93.4%，特异度89.1%；内置图像质量评估模块使95%的照片可判读，包括小瞳孔患者。产品已获加拿大卫生部III类许可和CE认证，支持本地或云端部署，并可通过DICOM和HL7 FHIR集成。现寻求在中国和东盟开展注册与落地的合作伙伴。',
        },
      ],
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.computer_vision', 'kw.medical_imaging', 'kw.telemedicine'],
      freeKeywords: ['diabetic retinopathy', 'fundus imaging', 'autonomous AI', 'image quality assessment'],
      visibility: 'public',
      details: {
        trl: 9,
        iprStatus: 'patent_granted',
        patentNumbers: ['US 11,200,671 B2', 'CA 3112540 C'],
        cooperationTypes: ['licensing', 'distribution', 'joint_venture'],
        applications:
          'Diabetic eye screening in primary care and community health centres, pharmacy and mobile screening programmes, telemedicine, population health management.',
      },
    },
  },
  {
    key: 'need-de-chinese-radiology-nlp',
    org: 'de_medtech_rd',
    status: 'published',
    publishedDaysAgo: 15,
    answers: 'offer-zh-radiology-report-nlp',
    input: {
      type: 'technology_need',
      language: 'de',
      title: 'Strukturierte Auswertung chinesischer Radiologiebefunde mittels NLP für klinische Studien',
      summary:
        'Für eine multizentrische Studie mit zwölf chinesischen Kliniken müssen wir rund 300.000 freitextliche CT- und MRT-Befunde in chinesischer Sprache automatisiert in strukturierte Datensätze überführen (Läsionstyp, Lokalisation, Größe, BI-RADS- bzw. LI-RADS-Kategorie). Unsere bestehenden NLP-Pipelines sind auf Deutsch und Englisch trainiert und liefern bei chinesischen Befunden unzureichende Ergebnisse. Wir suchen einen Partner mit erprobter Lösung für medizinische Entitätenerkennung in chinesischer Sprache, die lokal in den Kliniken betrieben werden kann.',
      translations: [
        {
          language: 'zh-Hans',
          title: '利用自然语言处理对中文影像诊断报告进行结构化，用于临床研究',
          summary:
            '我们正在开展一项覆盖12家中国医院的多中心研究，需要将约30万份中文CT和MRI自由文本报告自动转换为结构化数据（病灶类型、部位、大小、BI-RADS/LI-RADS分级）。现有NLP流程基于德语和英语训练，处理中文报告效果不佳。现寻求在中文医学实体识别方面有成熟方案、且可在医院本地部署的合作伙伴。',
        },
      ],
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.nlp', 'kw.health_data', 'kw.medical_imaging'],
      freeKeywords: ['Radiologiebefund', 'Entitätenerkennung', 'FHIR', 'PIPL'],
      countriesSought: ['CN'],
      visibility: 'members',
      details: {
        problem:
          'Chinesische Befundtexte enthalten Abkürzungen, uneinheitliche Terminologie und Negationen (z. B. „未见明显异常“), die generische Modelle nicht zuverlässig erkennen. Nach dem chinesischen Datenschutzgesetz (PIPL) dürfen die Daten das Kliniknetz nicht verlassen.',
        desiredSolution:
          'On-Premise-fähige NLP-Engine für chinesische Radiologiebefunde mit F1 ≥ 0,90 für die Kernentitäten, Ausgabe im FHIR- oder OMOP-Format und Unterstützung bei der Validierung gegen manuell annotierte Stichproben.',
        budget: { min: 80000, max: 200000, currency: 'EUR' },
        deadline: '2027-02-28',
        trlMin: 6,
        cooperationTypes: ['licensing', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zh-radiology-report-nlp',
    org: 'cn_univ_sh',
    status: 'published',
    publishedDaysAgo: 90,
    input: {
      type: 'technology_offer',
      language: 'zh-Hans',
      title: '中文医学影像报告结构化引擎：基于医学预训练语言模型的实体与关系抽取',
      summary:
        '该引擎由我校人工智能学院与5家三甲医院合作研发，基于500余万份脱敏CT、MRI、超声报告构建中文医学预训练模型，可自动抽取病灶部位、大小、形态、密度/信号特征以及否定与不确定表述，并映射至RadLex与ICD-10编码。在独立测试集上核心实体F1达0.93，支持BI-RADS、LI-RADS、Lung-RADS分级自动判定。系统支持医院内网私有化部署，单台GPU服务器每小时可处理约2万份报告，已在上海多家医院用于科研数据治理与报告质控。',
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.nlp', 'kw.health_data', 'kw.medical_imaging', 'kw.large_language_model'],
      freeKeywords: ['影像报告结构化', '医学命名实体识别', '私有化部署', 'RadLex'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'software_copyright',
        patentNumbers: ['2023SR0845217'],
        cooperationTypes: ['licensing', 'technical_service', 'joint_rd'],
        applications: '影像科报告质控、真实世界研究与多中心临床试验数据结构化、专病数据库建设、医保智能审核。',
      },
    },
  },
  {
    key: 'need-en-federated-imaging-asia',
    org: 'ca_startup',
    status: 'published',
    publishedDaysAgo: 26,
    answers: 'offer-zht-federated-medical-data',
    input: {
      type: 'technology_need',
      language: 'en',
      title: 'Privacy-preserving platform to train imaging AI with hospitals in Hong Kong, mainland China and ASEAN',
      summary:
        'To validate and adapt our chest X-ray and retinal models for Asian patient populations, we are partnering with hospitals that cannot export patient data. We need a federated learning platform that runs inside each hospital network, supports DICOM pipelines and PyTorch models, and complies with China’s Personal Information Protection Law and Hong Kong’s PDPO. We would prefer a partner already connected to hospitals in the region who can also help with data curation.',
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.health_data', 'kw.machine_learning', 'kw.medical_imaging'],
      freeKeywords: ['federated learning', 'data sovereignty', 'multi-site validation', 'DICOM'],
      countriesSought: ['HK', 'CN', 'SG'],
      visibility: 'public',
      details: {
        problem:
          'Our models trained on North American data lose 6–9 points of AUC on Asian cohorts, and conventional data-sharing agreements take more than a year per hospital. Building our own federated infrastructure and local IT support is beyond a team of 18.',
        desiredSolution:
          'A production-grade federated learning platform with on-premise nodes, secure aggregation, audit logs and DICOM/NIfTI support, already deployed in at least three hospitals in the region; commercial licence or joint study agreement.',
        budget: { min: 200000, max: 500000, currency: 'CAD' },
        deadline: '2027-09-30',
        trlMin: 7,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-zht-federated-medical-data',
    org: 'hk_capital',
    status: 'published',
    publishedDaysAgo: 83,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '醫療聯邦學習與私隱計算平台：數據不出醫院即可跨院訓練AI模型',
      summary:
        '本公司被投企業提供面向醫院的聯邦學習平台，各院部署本地節點，只交換經安全聚合及差分私隱處理的模型參數，原始影像和病歷不會離開院內網絡。平台原生支援DICOM、NIfTI及PyTorch／TensorFlow模型，具備完整審計日誌，符合香港《個人資料（私隱）條例》及內地《個人信息保護法》。目前已連接香港、廣州、深圳及新加坡共14家醫院，並可協助合作方進行數據標註、倫理審批及多中心驗證。',
      sectors: ['digital_health', 'ai'],
      keywords: ['kw.health_data', 'kw.machine_learning', 'kw.medical_imaging'],
      freeKeywords: ['聯邦學習', '私隱計算', '多中心驗證', '醫療數據合規'],
      visibility: 'members',
      details: {
        trl: 8,
        iprStatus: 'software_copyright',
        patentNumbers: ['2023SR1187654'],
        cooperationTypes: ['licensing', 'technical_service', 'joint_rd'],
        applications: '醫學影像AI多中心訓練與外部驗證、真實世界研究、罕見病數據協作、藥企臨床研究數據分析。',
      },
    },
  },
  {
    key: 'need-vi-ip-chatbot',
    org: 'vn_nic',
    status: 'published',
    publishedDaysAgo: 11,
    answers: 'offer-zht-multilingual-llm-rag',
    input: {
      type: 'technology_need',
      language: 'vi',
      title: 'Cần trợ lý ảo tiếng Việt dựa trên mô hình ngôn ngữ lớn để tư vấn thủ tục sở hữu trí tuệ cho doanh nghiệp',
      summary:
        'Mỗi tháng Trung tâm nhận hơn 2.000 câu hỏi từ các doanh nghiệp khởi nghiệp về đăng ký sáng chế, nhãn hiệu, chuyển giao công nghệ và ưu đãi thuế. Chúng tôi muốn xây dựng trợ lý ảo tiếng Việt (và tiếng Anh) trả lời dựa trên văn bản pháp luật, hướng dẫn nội bộ và cơ sở dữ liệu công nghệ của Trung tâm, có trích dẫn nguồn rõ ràng. Hệ thống phải triển khai được trên hạ tầng đặt tại Việt Nam.',
      sectors: ['ai', 'it'],
      keywords: ['kw.large_language_model', 'kw.nlp'],
      freeKeywords: ['trợ lý ảo', 'sở hữu trí tuệ', 'RAG', 'triển khai tại chỗ'],
      countriesSought: ['VN', 'CN', 'SG'],
      visibility: 'public',
      details: {
        problem:
          'Các chatbot thông dụng trả lời sai hoặc tự "bịa" điều khoản pháp luật Việt Nam, không cập nhật văn bản mới; dữ liệu hồ sơ doanh nghiệp không được chuyển ra nước ngoài theo quy định về bảo vệ dữ liệu cá nhân.',
        desiredSolution:
          'Nền tảng RAG với mô hình ngôn ngữ lớn hỗ trợ tốt tiếng Việt, triển khai được tại chỗ (on-premise), trích dẫn điều khoản, tỷ lệ trả lời đúng ≥ 90% trên bộ câu hỏi kiểm thử, có giao diện web và Zalo.',
        budget: { min: 2500000000, max: 5000000000, currency: 'VND' },
        deadline: '2027-03-31',
        trlMin: 7,
        cooperationTypes: ['licensing', 'technical_service'],
      },
    },
  },
  {
    key: 'offer-zht-multilingual-llm-rag',
    org: 'cn_incubator',
    status: 'published',
    publishedDaysAgo: 49,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '多語種大型語言模型知識庫問答平台（支援越南語、泰語、印尼語），可地端部署',
      summary:
        '本孵化器入駐團隊曾獲杭州海外高層次人才創新創業大賽獎項，針對東南亞語言強化訓練了70億參數開源大型語言模型，並結合檢索增強生成（RAG）技術，能依據法規、政策文件與企業知識庫回答問題並標註引用條文。在越南語法律問答測試集上，答案準確率達91%，明顯優於通用模型。平台支援本地伺服器或當地雲端部署，提供網頁、API及Zalo、LINE等即時通訊介面，已服務多家跨境電商與政府服務中心。',
      translations: [
        {
          language: 'vi',
          title: 'Nền tảng hỏi đáp tri thức dựa trên mô hình ngôn ngữ lớn đa ngôn ngữ (tiếng Việt, tiếng Thái, tiếng Indonesia), triển khai tại chỗ',
          summary:
            'Đội ngũ từng đoạt giải cuộc thi khởi nghiệp dành cho nhân tài cao cấp ở nước ngoài tại Hàng Châu đã tinh chỉnh một mô hình ngôn ngữ lớn mã nguồn mở 7 tỷ tham số cho các ngôn ngữ Đông Nam Á và kết hợp kỹ thuật RAG để trả lời dựa trên văn bản pháp luật, chính sách và kho tri thức doanh nghiệp, kèm trích dẫn điều khoản. Trên bộ câu hỏi pháp luật tiếng Việt, độ chính xác đạt 91%. Nền tảng có thể triển khai trên máy chủ nội bộ hoặc đám mây trong nước, cung cấp giao diện web, API và kết nối Zalo, LINE.',
        },
      ],
      sectors: ['ai', 'it'],
      keywords: ['kw.large_language_model', 'kw.nlp'],
      freeKeywords: ['檢索增強生成', '越南語', '地端部署', '法規問答'],
      visibility: 'public',
      details: {
        trl: 7,
        iprStatus: 'software_copyright',
        patentNumbers: ['2024SR0512736'],
        cooperationTypes: ['licensing', 'technical_service', 'joint_rd'],
        applications: '政府與園區政策諮詢、智慧財產權及法律問答、跨境電商多語客服、企業內部知識管理。',
      },
    },
  },
  {
    key: 'need-zht-cross-border-aml',
    org: 'hk_capital',
    status: 'published',
    publishedDaysAgo: 28,
    answers: 'offer-en-federated-fraud-detection',
    input: {
      type: 'technology_need',
      language: 'zh-Hant',
      title: '跨境支付反洗錢交易監察：尋求可跨機構協作的AI風控模型',
      summary:
        '本公司投資的一家香港持牌儲值支付工具（SVF）營運商，主要服務粵港澳大灣區及東南亞的跨境小額匯款，每月交易約180萬宗。現行規則引擎的誤報率高達97%，合規團隊人手難以應付，而單一機構的數據亦難以識別跨平台的「錢騾」網絡。計劃引入機器學習交易監察方案，最好能在不交換原始客戶資料的前提下與合作銀行聯合建模。',
      sectors: ['fintech', 'ai'],
      keywords: ['kw.risk_control', 'kw.machine_learning', 'kw.payments'],
      freeKeywords: ['反洗錢', '聯邦學習', '跨境匯款', '可解釋AI'],
      countriesSought: ['FI', 'SG', 'IL'],
      visibility: 'anonymous',
      details: {
        problem:
          '規則式監察產生大量誤報，每月需人手覆核逾2萬宗；跨境數據受香港《個人資料（私隱）條例》及內地《個人信息保護法》限制，無法集中訓練模型。',
        desiredSolution:
          '以聯邦學習或其他私隱保護計算方式進行跨機構反洗錢模型訓練，在維持可疑交易召回率的前提下把誤報率降低50%以上；模型須具可解釋性，以符合香港金融管理局的監管要求。',
        budget: { min: 1500000, max: 4000000, currency: 'HKD' },
        deadline: '2027-04-30',
        trlMin: 6,
        cooperationTypes: ['licensing', 'joint_rd'],
      },
    },
  },
  {
    key: 'offer-en-federated-fraud-detection',
    org: 'fi_univ',
    status: 'published',
    publishedDaysAgo: 66,
    input: {
      type: 'technology_offer',
      language: 'en',
      title: 'Privacy-preserving federated learning for cross-institution fraud and anti-money-laundering detection',
      summary:
        'Developed by our data science group with two Nordic banks, this framework trains graph neural networks on transaction data across several institutions without sharing raw customer records, using secure aggregation and differential privacy. In a pilot on 40 million payments it cut false-positive alerts by 62% at unchanged recall and found 3.1 times more money-mule networks than single-bank models. Every alert comes with a feature-level explanation suitable for supervisory review. We offer licences and joint pilots to banks and payment institutions.',
      sectors: ['fintech', 'ai'],
      keywords: ['kw.risk_control', 'kw.machine_learning', 'kw.payments'],
      freeKeywords: ['federated learning', 'graph neural networks', 'anti-money laundering', 'differential privacy'],
      visibility: 'public',
      details: {
        trl: 6,
        iprStatus: 'patent_applied',
        patentNumbers: ['EP 4 302 118 A1'],
        cooperationTypes: ['licensing', 'joint_rd', 'consulting'],
        applications:
          'Anti-money-laundering transaction monitoring, card and instant-payment fraud detection, cross-border remittance screening, consortium risk models for banks and payment service providers.',
      },
    },
  },
  {
    key: 'offer-zht-trade-finance-blockchain',
    org: 'hk_capital',
    status: 'published',
    publishedDaysAgo: 50,
    input: {
      type: 'technology_offer',
      language: 'zh-Hant',
      title: '跨境貿易融資區塊鏈平台：電子提單與應收賬款數碼化，防範重複融資',
      summary:
        '本公司被投的香港金融科技企業建立了基於聯盟鏈的貿易融資平台，把電子提單、發票、報關及物流數據上鏈存證，銀行可即時核實貿易背景的真實性，並識別同一單據的重複融資。平台已與商業數據通（CDI）及多家船公司的電子提單系統對接，支援港元、人民幣及美元結算。試點期間，中小企融資審批時間由7天縮短至1天，並未發生單據欺詐個案。',
      sectors: ['fintech', 'it'],
      keywords: ['kw.blockchain', 'kw.payments', 'kw.risk_control'],
      freeKeywords: ['貿易融資', '電子提單', '聯盟鏈', '重複融資'],
      visibility: 'members',
      details: {
        trl: 8,
        iprStatus: 'software_copyright',
        cooperationTypes: ['licensing', 'joint_venture', 'investment'],
        applications: '銀行貿易融資與供應鏈金融、電子提單流轉、跨境電商結算、中小企應收賬款融資。',
      },
    },
  },
];
