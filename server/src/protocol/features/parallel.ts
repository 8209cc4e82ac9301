import { compareParallel } from '../../service/features/parallel';
import { parseDraft } from '../../service/model/parser';
import { plainTextReader } from '../../workspace/readers/plainText';
import type { FeatureRegistration } from '../context';
import { rangeIn } from '../convert';
import { PARALLEL_REQUEST, type ParallelAnswer, type ParallelParams } from '../shared';

/** *Compare language versions*: the draft aligned with another version of it; null when that one cannot be read. */
export const registerParallel: FeatureRegistration = ({ connection, documents, drafts, readText }) => {
  connection.onRequest(PARALLEL_REQUEST, (params: ParallelParams): ParallelAnswer | null => {
    const document = documents.get(params.textDocument?.uri);
    const otherUri = params.other?.uri;
    const otherText = otherUri ? readText(otherUri) : undefined;
    if (!document || otherText === undefined) return null;
    const draft = drafts.get(document);
    const other = parseDraft(otherText);
    // An AKN or Word file is read as a text of its own: its ranges are not the file's.
    const sameText = documents.get(otherUri) !== undefined || plainTextReader.accepts(otherUri);
    const { names, paired, findings } = compareParallel(draft, other);
    return {
      names: { draft: names.a, other: names.b },
      paired,
      findings: findings.map((f) => ({
        kind: f.kind,
        message: f.message,
        range: f.a && rangeIn({ doc: draft }, f.a.span),
        otherRange: f.b && sameText ? rangeIn({ doc: other }, f.b.span) : undefined,
        place: f.a?.name,
        otherPlace: f.b?.name,
      })),
    };
  });
  return {};
};
