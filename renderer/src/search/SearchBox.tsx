/**
 * The search box: over one case (caseId) or the whole vault — text read from screenshots, text files,
 * payments (交易单号, 商户单号, counterparty), evidence titles, timeline notes, case narratives
 * (`search.query`). Results appear as you type, matches marked; one click opens the evidence item.
 */
import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Popover, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Results } from '../../../core/api/contract.ts';
import type { SearchHitView } from '../../../core/api/schemas/search.ts';
import { api, host } from '../api/client.ts';
import { toApiError, type ApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/zh.ts';
import { Highlighted } from './Highlighted.tsx';
import { openHit } from './openHit.ts';
import '../ocr/ocr.css';

export const SEARCH_METHOD = 'search.query';
const DEBOUNCE_MS = 300;

const KIND: Record<SearchHitView['kind'], MessageKey> = {
  payment: 'search.kind.payment',
  evidence: 'search.kind.evidence',
  'evidence-text': 'search.kind.evidenceText',
  event: 'search.kind.event',
  case: 'search.kind.case',
  'chat-message': 'search.kind.chatMessage',
};

export function SearchBox({ caseId, width = 240 }: { caseId?: number; width?: number }) {
  const { t, pick } = useI18n();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Results['search.query']>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setResult(undefined);
      setError(undefined);
      return;
    }
    const n = ++asked.current;
    const timer = setTimeout(() => {
      setLoading(true);
      api['search.query']({ query: q, ...(caseId !== undefined ? { caseId } : {}) })
        .then((r) => {
          if (n !== asked.current) return;
          setResult(r);
          setError(undefined);
        })
        .catch((err: unknown) => {
          if (n === asked.current) setError(toApiError(err));
        })
        .finally(() => {
          if (n === asked.current) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, caseId]);

  if (!host.hasMethod(SEARCH_METHOD)) return null;
  const label = caseId !== undefined ? t('search.case') : t('search.vault');

  const content = (
    <div
      className="search-results"
      data-testid="search-results"
      role="region"
      aria-label={t('search.results')}
    >
      {loading && !result && <Spin size="small" />}
      {error && <Typography.Text type="danger">{pick(error.text)}</Typography.Text>}
      {result && result.hits.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.none')} />
      )}
      {result?.hits.map((hit) => (
        <button
          type="button"
          key={`${hit.kind}-${hit.refId}`}
          className="search-result"
          data-testid="search-hit"
          data-kind={hit.kind}
          onClick={() => {
            setOpen(false);
            openHit(hit);
          }}
        >
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 2 }}>
            <Tag style={{ marginInlineEnd: 0 }}>{t(KIND[hit.kind])}</Tag>
            <span className="ellipsis" style={{ fontWeight: 600 }}>
              {hit.evidence?.title ?? (caseId === undefined ? hit.caseTitle : '')}
            </span>
            {caseId === undefined && hit.evidence && (
              <span className="ellipsis secondary-text" style={{ fontSize: 12 }}>
                {hit.caseTitle}
              </span>
            )}
          </div>
          <div style={{ fontSize: 13, wordBreak: 'break-all' }}>
            <Highlighted text={hit.snippet} ranges={hit.highlights} />
          </div>
        </button>
      ))}
      {result?.truncated && (
        <Typography.Text type="secondary" style={{ fontSize: 12, padding: 8, display: 'block' }}>
          {t('search.more')}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <Popover
      open={open && query.trim() !== ''}
      onOpenChange={setOpen}
      content={content}
      placement="bottomLeft"
      trigger="click"
      arrow={false}
    >
      <Input
        type="search"
        allowClear
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        prefix={<SearchOutlined aria-hidden />}
        placeholder={label}
        aria-label={label}
        style={{ width }}
        maxLength={200}
        data-testid={caseId !== undefined ? 'case-search' : 'vault-search'}
      />
    </Popover>
  );
}
