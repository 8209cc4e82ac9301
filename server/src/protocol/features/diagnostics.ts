import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckedDraft, Draft, DraftDiagnostic, Severity } from '../../service';
import { RENUMBERED_CODES } from '../../service/features/checkTable';
import { targetOf } from '../commandTarget';
import type { FeatureRegistration, ServerContext } from '../context';
import { rangeIn, versionedEdit } from '../convert';
import { SERVER_COMMANDS } from '../shared';

/** Wait this long after the last change before checking: a burst of keystrokes gives one analysis. */
const DEBOUNCE_MS = 150;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(draft: Draft, d: DraftDiagnostic, version: number): Diagnostic {
  return {
    range: rangeIn(draft, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'communique',
    message: d.message,
    relatedInformation: d.related.map((r) => ({
      location: { uri: draft.uri, range: rangeIn(draft, r.span) },
      message: r.message,
    })),
    data: { version },
  };
}

/** A fix the server published with a diagnostic: the check's own is preferred; choices among phrases are not. */
type LocalFix = NonNullable<DraftDiagnostic['fix']> & { readonly preferred: boolean };

/** A diagnostic as the client sends it back, by what it says and where: the key of the server's own fix. */
function fixKey(code: unknown, range: Diagnostic['range'], message: unknown): string {
  const { start, end } = range ?? {};
  return JSON.stringify([code, start?.line, start?.character, end?.line, end?.character, message]);
}

/** Drafting checks: diagnostics pushed on open and change, quick fixes, and the renumber command. */
export const registerDiagnostics: FeatureRegistration = (context: ServerContext) => {
  const { connection, documents, drafts, settings, contributions, service } = context;
  const pending = new Map<string, NodeJS.Timeout>();
  // The fixes of the diagnostics last published per draft: a quick fix is the server's own, never what a client sent.
  const fixes = new Map<string, { version: number; byDiagnostic: Map<string, LocalFix[]> }>();
  const checked = new Map<string, CheckedDraft>();

  const publish = (document: TextDocument): void => {
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return; // a newer version is on its way
    const draft = drafts.draft(current);
    // The check of the version before: the paragraphs the edits left alone keep what the checks read of them.
    const result = service.check(draft, settings.value.checks, checked.get(current.uri));
    checked.set(current.uri, result);
    const found = result.diagnostics;
    const byDiagnostic = new Map(
      found
        .filter((d) => d.fix || d.choices?.length)
        .map((d) => [
          fixKey(d.code, rangeIn(draft, d.span), d.message),
          [
            ...(d.fix ? [{ ...d.fix, preferred: true }] : []),
            ...(d.choices ?? []).map((c) => ({ ...c, preferred: false })),
          ],
        ]),
    );
    fixes.set(current.uri, { version: current.version, byDiagnostic });
    const diagnostics = found.map((d) => toDiagnostic(draft, d, current.version));
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  };
  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        publish(document);
      }, delay),
    );
  };

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, DEBOUNCE_MS));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    fixes.delete(event.document.uri);
    checked.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  settings.onChange(() => documents.all().forEach((d) => schedule(d, 0)));
  settings.onLanguageChange((uri) => {
    const document = documents.get(uri);
    if (document) schedule(document, 0);
  });

  contributions.codeActions.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === 'communique');
    const published = fixes.get(document.uri);
    for (const diagnostic of ours) {
      const version = (diagnostic.data as { version?: unknown } | undefined)?.version;
      if (!published || published.version !== document.version || version !== document.version) continue;
      for (const fix of published.byDiagnostic.get(fixKey(diagnostic.code, diagnostic.range, diagnostic.message)) ?? [])
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: versionedEdit(document, drafts.draft(document), [fix.edit]),
        });
    }
    const numbering = ours.filter((d) => (RENUMBERED_CODES as readonly string[]).includes(String(d.code)));
    if (numbering.length > 0) {
      const draft = drafts.draft(document);
      const edits = service.renumber(draft);
      if (edits.length > 0)
        actions.push({
          title: 'Renumber operative paragraphs',
          kind: CodeActionKind.QuickFix,
          diagnostics: numbering,
          isPreferred: true,
          edit: versionedEdit(document, draft, edits),
        });
    }
    return actions;
  });

  contributions.commands.set(SERVER_COMMANDS.renumber, async (args) => {
    const { uri } = targetOf(args[0]);
    const document = uri ? documents.get(uri) : undefined;
    if (!document) throw new Error('Renumber: open a draft first.');
    const draft = drafts.draft(document);
    const edits = service.renumber(draft);
    if (edits.length === 0)
      return {
        applied: true,
        changes: 0,
        message: 'The operative paragraphs are numbered in order: nothing to renumber.',
      };
    const result = await connection.workspace.applyEdit({
      label: 'Renumber operative paragraphs',
      edit: versionedEdit(document, draft, edits),
    });
    return { applied: result.applied, changes: edits.length };
  });
  return {};
};
