/**
 * The brief the scenarios quote, paragraph by paragraph; `#/brief?p=<n>` scrolls to paragraph n and
 * highlights it (the provenance links of the explorer point here).
 */
import { useEffect } from 'react';
import briefText from '../../../test/fixtures/brief/common-ground-brief.txt?raw';
import { paragraphs } from '../../../src/model/index.ts';
import { useI18n } from '../i18n/index.tsx';
import { PageTitle } from '../components/common.tsx';

export const BRIEF_TEXT: string = briefText;
export const BRIEF_PARAGRAPHS = paragraphs(briefText);

export function briefParagraphFromHash(hash: string): number | null {
  const m = /[?&]p=(\d+)/.exec(hash);
  return m ? Number(m[1]) : null;
}

export function BriefPage() {
  const { t } = useI18n();
  const target = briefParagraphFromHash(location.hash);
  useEffect(() => {
    if (target !== null) document.getElementById(`p${target}`)?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <>
      <PageTitle>{t('brief.title')}</PageTitle>
      <p className="lede">{t('brief.intro')}</p>
      <div className="brief" data-testid="brief">
        {BRIEF_PARAGRAPHS.map((p, i) => (
          <p
            key={i}
            id={`p${i}`}
            className={i === target ? 'quoted' : undefined}
            data-testid={i === target ? 'brief-target' : undefined}
            lang="en"
          >
            <span className="pnum" aria-hidden="true">
              {i + 1}
            </span>{' '}
            {p}
          </p>
        ))}
      </div>
    </>
  );
}
