/** Words organisers write in spreadsheets, in English, Chinese (simplified and traditional), German and Vietnamese. */
import type { ListingType } from '../shared/vocab.js';

/** Case-, accent- and punctuation-insensitive key: "Tiêu đề" → "tieude", "Zielländer" → "ziellander". */
export function foldKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Header words organisers use, in English, Chinese (simplified and traditional), German and Vietnamese. */
export const HEADER_WORDS: Record<string, string[]> = {
  type: ['listing type', 'kind', '类型', '類型', '类别', '類別', 'Typ', 'Art', 'Loại', 'Kiểu'],
  language: ['lang', '语言', '語言', 'Sprache', 'Ngôn ngữ'],
  title: ['headline', 'name', '标题', '標題', '名称', '名稱', 'Titel', 'Überschrift', 'Bezeichnung', 'Tiêu đề', 'Tên', 'Tựa đề'],
  summary: ['description', 'abstract', '摘要', '简介', '簡介', '描述', '概述', 'Zusammenfassung', 'Beschreibung', 'Kurzbeschreibung', 'Tóm tắt', 'Mô tả'],
  sectors: ['sector', 'industry', 'industries', '行业', '行業', '领域', '領域', '产业', 'Branche', 'Branchen', 'Sektor', 'Sektoren', 'Lĩnh vực', 'Ngành'],
  keywords: ['keyword', 'tags', '关键词', '關鍵詞', '关键字', '關鍵字', 'Schlagwörter', 'Stichwörter', 'Schlüsselwörter', 'Từ khóa'],
  freeKeywords: ['free keywords', 'other keywords', '其他关键词', '其他關鍵詞', 'Freie Schlagwörter', 'Từ khóa khác'],
  countriesSought: ['target countries', 'target markets', 'countries', '目标国家', '目標國家', '目标市场', '目標市場', 'Zielländer', 'Zielmärkte', 'Länder', 'Quốc gia mục tiêu', 'Thị trường mục tiêu'],
  visibility: ['可见性', '可見性', '公开范围', 'Sichtbarkeit', 'Hiển thị'],
  expiresAt: ['expires', 'expiry date', 'valid until', '有效期', '有效期至', 'Ablaufdatum', 'Gültig bis', 'Ngày hết hạn', 'Hết hạn'],
  'details.trl': ['technology readiness level', 'readiness', '技术成熟度', '技術成熟度', '成熟度', 'Technologiereifegrad', 'Reifegrad', 'Mức độ sẵn sàng công nghệ'],
  'details.trlMin': ['minimum trl', 'min trl', '最低技术成熟度', '最低技術成熟度', 'Mindest-TRL', 'TRL tối thiểu'],
  'details.iprStatus': ['ip status', 'intellectual property', 'patent status', '知识产权', '知識產權', '专利状态', '專利狀態', 'Schutzrechte', 'Patentstatus', 'Sở hữu trí tuệ'],
  'details.patentNumbers': ['patents', '专利号', '專利號', 'Patentnummern', 'Số bằng sáng chế'],
  'details.cooperationTypes': ['cooperation', 'cooperation type', '合作方式', '合作类型', '合作類型', 'Kooperationsform', 'Kooperationsart', 'Hình thức hợp tác'],
  'details.applications': ['fields of application', '应用领域', '應用領域', 'Anwendungen', 'Anwendungsbereiche', 'Ứng dụng'],
  'details.problem': ['问题', '問題', '技术难题', '技術難題', 'Problemstellung', 'Vấn đề'],
  'details.desiredSolution': ['solution', '期望解决方案', '期望解決方案', '解决方案', '解決方案', 'Gewünschte Lösung', 'Lösung', 'Giải pháp mong muốn', 'Giải pháp'],
  'details.budget.min': ['min budget', 'minimum budget', '预算下限', '預算下限', '最低预算', 'Mindestbudget', 'Ngân sách tối thiểu'],
  'details.budget.max': ['max budget', 'maximum budget', '预算上限', '預算上限', '最高预算', 'Höchstbudget', 'Maximalbudget', 'Ngân sách tối đa'],
  'details.budget.amount': ['budget amount', '预算金额', '預算金額', 'Budgethöhe', 'Fördervolumen', 'Tổng ngân sách'],
  'details.budget.currency': ['currency', '币种', '幣種', '货币', '貨幣', 'Währung', 'Tiền tệ'],
  'details.deadline': ['due date', 'closing date', '截止日期', '截止时间', '截止時間', 'Frist', 'Einsendeschluss', 'Bewerbungsfrist', 'Hạn chót', 'Thời hạn'],
  'details.stage': ['project stage', '阶段', '階段', '项目阶段', '項目階段', 'Phase', 'Projektphase', 'Giai đoạn'],
  'details.fundingSought.amount': ['funding sought', 'funding amount', 'investment sought', '融资金额', '融資金額', 'Finanzierungsbedarf', 'Số vốn cần huy động'],
  'details.teamSize': ['团队规模', '團隊規模', '团队人数', 'Teamgröße', 'Quy mô nhóm'],
  'details.useOfFunds': ['资金用途', '資金用途', 'Mittelverwendung', 'Mục đích sử dụng vốn'],
  'details.position': ['job title', '职位', '職位', '岗位', '崗位', 'Stelle', 'Stellenbezeichnung', 'Vị trí'],
  'details.discipline': ['学科', '學科', '专业', '專業', 'Fachgebiet', 'Disziplin', 'Chuyên ngành'],
  'details.city': ['城市', 'Stadt', 'Ort', 'Thành phố'],
  'details.country': ['国家', '國家', 'Land', 'Quốc gia'],
  'details.workMode': ['工作方式', 'Arbeitsmodell', 'Hình thức làm việc'],
  'details.contractType': ['employment type', '合同类型', '合約類型', 'Vertragsart', 'Anstellungsart', 'Loại hợp đồng'],
  'details.salary.min': ['min salary', '最低薪资', '最低薪資', '薪资下限', 'Mindestgehalt', 'Lương tối thiểu'],
  'details.salary.max': ['max salary', '最高薪资', '最高薪資', '薪资上限', 'Höchstgehalt', 'Lương tối đa'],
  'details.salary.period': ['salary period', '薪资周期', '薪資週期', 'Gehaltszeitraum', 'Kỳ trả lương'],
  'details.expertise': ['专长', '專長', 'Fachkenntnisse', 'Chuyên môn'],
  'details.languages': ['languages spoken', '语言能力', '語言能力', 'Sprachkenntnisse', 'Ngoại ngữ'],
  'details.seeking': ['looking for', '寻求', '尋求', 'Gesucht', 'Tìm kiếm'],
  'details.willingToRelocate': ['relocation', '愿意迁居', '願意遷居', 'Umzugsbereit', 'Sẵn sàng chuyển nơi ở'],
  'details.partnerKind': ['partner type', '合作伙伴类型', '合作夥伴類型', 'Partnerart', 'Loại đối tác'],
  'details.role': ['角色', '合作角色', 'Rolle', 'Vai trò'],
  'details.programme': ['program', '计划名称', '計劃名稱', 'Förderprogramm', 'Programm', 'Chương trình'],
  'details.eligibility': ['申报条件', '申報條件', '申请资格', '申請資格', 'Förderfähigkeit', 'Voraussetzungen', 'Điều kiện tham gia'],
};

export const TYPE_WORDS: Record<ListingType, string[]> = {
  technology_offer: ['offer', '技术供给', '技術供給', '技术成果', 'Technologieangebot', 'Cung cấp công nghệ', 'Chào bán công nghệ'],
  technology_need: ['need', '技术需求', '技術需求', 'Technologiebedarf', 'Technologiegesuch', 'Nhu cầu công nghệ'],
  project: ['项目', '項目', 'Projekt', 'Dự án'],
  job: ['招聘', '职位', '職位', 'Stelle', 'Stellenangebot', 'Tuyển dụng', 'Việc làm'],
  talent: ['人才', 'Nhân tài'],
  partner_request: ['partner search', '寻找合作伙伴', '尋找合作夥伴', 'Partnersuche', 'Tìm đối tác'],
  funding_call: ['funding', '资助', '資助', '资金申报', 'Förderaufruf', 'Ausschreibung', 'Kêu gọi tài trợ'],
};

export const LANGUAGE_WORDS: Record<string, string[]> = {
  en: ['English', 'Englisch', '英语', '英語', '英文', 'Tiếng Anh'],
  'zh-Hans': ['zh', 'zh-CN', 'zh-SG', 'Chinese', 'Simplified Chinese', '中文', '简体中文', '简体', 'Chinesisch', 'Tiếng Trung'],
  'zh-Hant': ['zh-TW', 'zh-HK', 'zh-MO', 'Traditional Chinese', '繁體中文', '繁体中文', '繁體'],
  de: ['German', 'Deutsch', '德语', '德語', '德文', 'Tiếng Đức'],
  vi: ['Vietnamese', 'Vietnamesisch', '越南语', '越南語', 'Tiếng Việt'],
};

export const YES_WORDS = ['yes', 'y', 'true', '1', 'x', 'ja', 'j', 'wahr', '是', '是的', '对', '對', '有', 'co', 'dung'];
export const NO_WORDS = ['no', 'n', 'false', '0', 'nein', 'falsch', '否', '不', '不是', '无', '無', 'khong', 'sai'];
