import { canonicalSymbol, DocumentMetadata } from '../../service/corpus/metadata';
import { monthNumber } from '../../service/model/months';
import { CorpusReader, UnreadableFile, utf8Text } from './reader';

/** A session's records in a UNxml repository: data_extract/78.json, data_extract/2022.json. */
const DATA_EXTRACT = /(?:^|[/\\])data_extract[/\\](?:ES-)?\d{1,4}\.json$/i;

/**
 * "21 November 2023" → "2023-11-21"; the session 74 file's "2019-10-10 00:00:00" as it is. Later files may put
 * a no-break space after the day ("22\u00a0September 2024").
 */
function isoDate(written: unknown): string | undefined {
  const date = typeof written === 'string' ? written.replace(/\s+/g, ' ').trim() : '';
  const iso = /^(\d{4}-\d{2}-\d{2})(?: 00:00:00)?$/.exec(date);
  if (iso) return iso[1];
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(date);
  const month = m ? monthNumber(m[2]) : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() && value !== 'N.A.' ? value.trim() : undefined;
}

/** One line of a data_extract file as metadata; undefined for a line that names no resolution. */
function record(line: Record<string, unknown>): DocumentMetadata | undefined {
  const written = text(line.symbol);
  if (!written?.includes('/RES/')) return undefined;
  const how = (text(line.adoption_type) ?? '').toLowerCase();
  const vote = how.includes('without a vote')
    ? 'without'
    : how.includes('unanimous')
      ? 'unanimous'
      : how.includes('recorded vote') || count(line.MS_in_favour_count)
        ? 'recorded'
        : undefined;
  const sponsors = [line.sponsors, line.additional_sponsors].flatMap((s) => (Array.isArray(s) ? s : []));
  const agenda = text(line.agenda_item);
  const agendaName = text(line.agenda_item_name);
  return {
    ...canonicalSymbol(written),
    organ: written.startsWith('S/') ? 'SC' : 'GA',
    title: text(line.title) ?? text(line.resolution_title),
    adopted: isoDate(line.adoption_date),
    meeting: text(line.adoption_meeting),
    vote,
    ...(vote === 'recorded' || vote === 'unanimous'
      ? {
          inFavour: count(line.MS_in_favour_count),
          against: count(line.MS_against_count),
          abstaining: count(line.MS_abstaining_count),
        }
      : {}),
    // "SUBMITTED BY THE PRESIDENT …" names no sponsor.
    sponsors: sponsors.filter((s) => typeof s === 'string' && !/^SUBMITTED BY\b/i.test(s)).length || undefined,
    agendaItem: agenda && agendaName ? `${agenda}: ${agendaName}` : (agenda ?? agendaName),
  };
}

/** The UNxml data_extract JSON lines: each resolution's vote, sponsors and agenda item, joined to its texts by symbol. */
export const dataExtractReader: CorpusReader = {
  accepts: (file) => DATA_EXTRACT.test(file),
  read(bytes) {
    const records: DocumentMetadata[] = [];
    const lines = utf8Text(bytes).text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(lines[i]);
      } catch {
        throw new UnreadableFile(`is not UNxml data_extract JSON (line ${i + 1} is not JSON)`);
      }
      const r = typeof parsed === 'object' && parsed !== null ? record(parsed as Record<string, unknown>) : undefined;
      if (r) records.push(r);
    }
    return { metadata: records };
  },
};
