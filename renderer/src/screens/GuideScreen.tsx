/** The guide: routes in plain words, hotlines, protection tiers and cross-border rules, each with its source. */
import { PhoneOutlined } from '@ant-design/icons';
import { Card, Col, List, Row, Typography } from 'antd';
import { useEffect } from 'react';
import sourcesFile from '../../../templates/rules/sources.json' with { type: 'json' };
import type { LocalizedText } from '../../../core/domain/types.ts';
import { crossBorder, guideRoutes, hotlines, tiers, type GuideItem } from '../guide/guideContent.ts';
import { useI18n } from '../i18n/I18n.tsx';

const sources = new Map(
  (sourcesFile.sources as { id: string; title: LocalizedText }[]).map((s) => [s.id, s.title]),
);

function SourceLine({ item }: { item: GuideItem }) {
  const { t, pick } = useI18n();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('guide.source')}：{pick(sources.get(item.source)) || item.source}
      {item.section ? ` ${item.section}` : ''}
    </Typography.Text>
  );
}

function Section({ id, title, items }: { id: string; title: string; items: GuideItem[] }) {
  const { pick } = useI18n();
  return (
    <Card
      id={`guide-${id}`}
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
      size="small"
      style={{ marginBottom: 16 }}
    >
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item id={`guide-${item.id}`}>
            <List.Item.Meta
              title={pick(item.title)}
              description={
                <>
                  {pick(item.body)}
                  <br />
                  <SourceLine item={item} />
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

export function GuideScreen({ anchor }: { anchor: string }) {
  const { t, pick } = useI18n();
  useEffect(() => {
    // Checklist items link here by stage (refund, complaint, legal): bring that part into view.
    const target = anchor ? document.getElementById(`guide-${anchor}`) : null;
    target?.scrollIntoView({ block: 'start' });
  }, [anchor]);
  return (
    <div data-testid="guide-screen">
      <Typography.Title level={2}>{t('guide.title')}</Typography.Title>
      <Typography.Paragraph>{t('guide.lead')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={15}>
          <Section id="routes" title={t('guide.routes')} items={guideRoutes} />
          <Section id="tiers" title={t('guide.tiers')} items={tiers} />
          <Section id="cross-border" title={t('guide.crossBorder')} items={crossBorder} />
        </Col>
        <Col span={9}>
          <Card
            title={
              <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                {t('guide.hotlines')}
              </Typography.Title>
            }
            size="small"
            id="guide-hotlines"
          >
            <List
              dataSource={hotlines}
              renderItem={(h) => (
                <List.Item>
                  <List.Item.Meta
                    avatar={<PhoneOutlined style={{ fontSize: 20, color: '#0958d9' }} aria-hidden />}
                    title={<a href={`tel:${h.id}`}>{pick(h.title)}</a>}
                    description={
                      <>
                        {pick(h.body)}
                        <br />
                        <SourceLine item={h} />
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
