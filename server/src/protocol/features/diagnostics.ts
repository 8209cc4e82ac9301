import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftDiagnostic, RENUMBERED_CODES, Severity } from '../../service';
import { targetOf } from '../commandTarget';
import type { FeatureRegistration, ServerContext } from '../context';
import { versionedEdit } from '../convert';
import { SERVER_COMMANDS } from '../shared';

/** Wait this long after the last change before checking: a burst of keystrokes gives one analysis. */
const DEBOUNCE_MS = 150;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(uri: string, d: DraftDiagnostic, version: number): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'communique',
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })),
    data: { version, fix: d.fix },
  };
}

/** Drafting checks: diagnostics pushed on open and change, quick fixes, and the renumber command. */
export const registerDiagnostics: FeatureRegistration = (context: ServerContext) => {
  const { connection, documents, drafts, settings, contributions, service } = context;
  const pending = new Map<string, NodeJS.Timeout>();

  const publish = (document: TextDocument): void => {
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return; // a newer version is on its way
    const diagnostics = service.diagnostics(drafts.draft(current), settings.value.checks).map((d) => toDiagnostic(current.uri, d, current.version));
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  };
  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(document.uri, setTimeout(() => {
      pending.delete(document.uri);
      publish(document);
    }, delay));
  };

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, DEBOUNCE_MS));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  settings.onChange(() => documents.all().forEach((d) => schedule(d, 0)));

  contributions.codeActions.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === 'communique');
    for (const diagnostic of ours) {
      const data = diagnostic.data as { version?: number; fix?: DraftDiagnostic['fix'] } | undefined;
      if (data?.fix && data.version === document.version) {
        actions.push({ title: data.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: versionedEdit(document, [data.fix.edit]) });
      }
    }
    const numbering = ours.filter((d) => (RENUMBERED_CODES as readonly string[]).includes(String(d.code)));
    if (numbering.length > 0) {
      const edits = service.renumber(drafts.draft(document));
      if (edits.length > 0) actions.push({ title: 'Renumber operative paragraphs', kind: CodeActionKind.QuickFix, diagnostics: numbering, isPreferred: true, edit: versionedEdit(document, edits) });
    }
    return actions;
  });

  contributions.commands.set(SERVER_COMMANDS.renumber, async (args) => {
    const { uri } = targetOf(args[0]);
    const document = uri ? documents.get(uri) : undefined;
    if (!document) throw new Error('Renumber: open a draft first.');
    const edits = service.renumber(drafts.draft(document));
    if (edits.length === 0) return { applied: true, changes: 0 };
    const result = await connection.workspace.applyEdit({ label: 'Renumber operative paragraphs', edit: versionedEdit(document, edits) });
    return { applied: result.applied, changes: edits.length };
  });
  return {};
};
