/** First step of a new listing: what kind of listing is it? */
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LISTING_TYPES } from '../../../domain/shared/vocab';
import { TYPE_COLORS, TYPE_ICONS, useEnumLabel } from '../Labels';

export function TypePicker({ organisationId }: { organisationId?: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const suffix = organisationId ? `&org=${encodeURIComponent(organisationId)}` : '';
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('form.chooseType')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.chooseTypeHint')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {LISTING_TYPES.map((type) => (
          <Col xs={24} sm={12} lg={8} key={type}>
            <Link to={`/listings/new?type=${type}${suffix}`}>
              <Card hoverable style={{ height: '100%' }}>
                <div style={{ fontSize: 28, color: TYPE_COLORS[type] }}>{TYPE_ICONS[type]}</div>
                <Typography.Title level={4} style={{ marginTop: 8 }}>
                  {label('listingType', type)}
                </Typography.Title>
                <Typography.Text type="secondary">{t(`form.typeHint.${type}`)}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
