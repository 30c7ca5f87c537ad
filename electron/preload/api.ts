import type { IpcRenderer } from 'electron';
// Type-only imports: they vanish from the bundle, so the sandboxed preload carries no zod,
// no contract code, only the function table below.
import type { AsesaApi, ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/contract';

/**
 * One contract channel as a function. The optional `channel` brand never exists at runtime; it
 * makes `'a.b': call('a.c')` a type error even when both channels happen to share types.
 */
export type Invoker<K extends ChannelName> = ((input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>) & {
  readonly channel?: K;
};

/** Every channel bound to a function for its own name. */
export type BoundApi = { [K in ChannelName]: Invoker<K> };

export function invoker(ipc: Pick<IpcRenderer, 'invoke'>) {
  return <K extends ChannelName>(name: K): Invoker<K> =>
    (input) =>
      ipc.invoke(name, input) as Promise<Envelope<ChannelOutput<K>>>;
}

/**
 * `window.asesa`: an explicit list of named functions, one per channel, no generic invoke.
 * A missing, extra or crossed channel fails to compile. New channels are added here by hand.
 */
export function createApi(ipc: Pick<IpcRenderer, 'invoke'>) {
  const call = invoker(ipc);
  return {
    'app.status': call('app.status'),
    'app.setLanguage': call('app.setLanguage'),
    'setup.complete': call('setup.complete'),
    'auth.login': call('auth.login'),
    'auth.logout': call('auth.logout'),
    'users.list': call('users.list'),
    'users.create': call('users.create'),
    'users.staff': call('users.staff'),
    'backups.list': call('backups.list'),
    'backups.create': call('backups.create'),
    'backups.scheduleRestore': call('backups.scheduleRestore'),
    'backups.cancelRestore': call('backups.cancelRestore'),
    'privacy.notice': call('privacy.notice'),
    'privacy.acknowledge': call('privacy.acknowledge'),
    'privacy.status': call('privacy.status'),
    'privacy.subjectExport': call('privacy.subjectExport'),
    'privacy.retention': call('privacy.retention'),
    'privacy.retentionPreview': call('privacy.retentionPreview'),
    'privacy.applyRetention': call('privacy.applyRetention'),
    'privacy.erase': call('privacy.erase'),
    'app.activity': call('app.activity'),
    'system.diskEncryption': call('system.diskEncryption'),
    'auth.unlock': call('auth.unlock'),
    'auth.changePassword': call('auth.changePassword'),
    'users.resetPassword': call('users.resetPassword'),
    'users.setActive': call('users.setActive'),
    'settings.security': call('settings.security'),
    'audit.list': call('audit.list'),
    'frameworks.list': call('frameworks.list'),
    'frameworks.versions': call('frameworks.versions'),
    'frameworks.get': call('frameworks.get'),
    'frameworks.diff': call('frameworks.diff'),
    'frameworks.updateNode': call('frameworks.updateNode'),
    'frameworks.addTechnical': call('frameworks.addTechnical'),
    'frameworks.retireNode': call('frameworks.retireNode'),
    'frameworks.addIndicator': call('frameworks.addIndicator'),
    'frameworks.removeIndicator': call('frameworks.removeIndicator'),
    'frameworks.importPreview': call('frameworks.importPreview'),
    'frameworks.importApply': call('frameworks.importApply'),
    'frameworks.export': call('frameworks.export'),
    'standards.list': call('standards.list'),
    'standards.get': call('standards.get'),
    'standards.create': call('standards.create'),
    'standards.update': call('standards.update'),
    'standards.delete': call('standards.delete'),
    'standards.copy': call('standards.copy'),
    'standards.createFromJenjang': call('standards.createFromJenjang'),
    'standards.jenjangDefaults': call('standards.jenjangDefaults'),
    'scoring.rules': call('scoring.rules'),
    'batches.list': call('batches.list'),
    'batches.get': call('batches.get'),
    'batches.create': call('batches.create'),
    'batches.update': call('batches.update'),
    'batches.setStatus': call('batches.setStatus'),
    'batches.setTeam': call('batches.setTeam'),
    'batches.addParticipants': call('batches.addParticipants'),
    'batches.removeParticipant': call('batches.removeParticipant'),
    'batches.warnings': call('batches.warnings'),
    'exercises.add': call('exercises.add'),
    'exercises.update': call('exercises.update'),
    'exercises.remove': call('exercises.remove'),
    'exercises.setCompetencies': call('exercises.setCompetencies'),
    'assessors.list': call('assessors.list'),
    'assessors.saveProfile': call('assessors.saveProfile'),
    'assignments.auto': call('assignments.auto'),
    'assignments.assign': call('assignments.assign'),
    'assignments.unassign': call('assignments.unassign'),
    'workspace.list': call('workspace.list'),
    'workspace.get': call('workspace.get'),
    'notes.save': call('notes.save'),
    'notes.list': call('notes.list'),
    'notes.delete': call('notes.delete'),
    'ratings.list': call('ratings.list'),
    'ratings.save': call('ratings.save'),
    'ratings.submit': call('ratings.submit'),
    'ratings.reopen': call('ratings.reopen'),
    'integration.matrix': call('integration.matrix'),
    'integration.decide': call('integration.decide'),
    'integration.lock': call('integration.lock'),
    'integration.unlock': call('integration.unlock'),
    'guides.list': call('guides.list'),
    'guides.save': call('guides.save'),
    'assignments.findForReentry': call('assignments.findForReentry'),
    'assignments.paperForm': call('assignments.paperForm'),
    'batches.printSchedule': call('batches.printSchedule'),
    'batches.printParticipants': call('batches.printParticipants'),
    'participants.search': call('participants.search'),
    'participants.get': call('participants.get'),
    'participants.create': call('participants.create'),
    'participants.update': call('participants.update'),
    'participants.delete': call('participants.delete'),
    'participants.importPreview': call('participants.importPreview'),
    'participants.importApply': call('participants.importApply'),
    'participants.export': call('participants.export'),
    'exchange.officeKey': call('exchange.officeKey'),
    'exchange.trusted.list': call('exchange.trusted.list'),
    'exchange.trusted.trust': call('exchange.trusted.trust'),
    'exchange.trusted.untrust': call('exchange.trusted.untrust'),
    'exchange.export': call('exchange.export'),
    'exchange.preview': call('exchange.preview'),
    'exchange.apply': call('exchange.apply'),
    'exchange.history': call('exchange.history'),
    'exchange.undoLast': call('exchange.undoLast'),
    'exchange.resultsTable': call('exchange.resultsTable'),
    'results.compute': call('results.compute'),
    'results.list': call('results.list'),
    'results.profile': call('results.profile'),
    'results.setPerformance': call('results.setPerformance'),
    'results.importPerformance': call('results.importPerformance'),
    'results.talentPool': call('results.talentPool'),
    'results.reusable': call('results.reusable'),
    'results.settings': call('results.settings'),
    'results.saveSettings': call('results.saveSettings'),
    'idp.generate': call('idp.generate'),
    'idp.get': call('idp.get'),
    'idp.update': call('idp.update'),
    'idp.approve': call('idp.approve'),
    'idp.setStatus': call('idp.setStatus'),
    'pdf.idp': call('pdf.idp'),
    'pdf.report': call('pdf.report'),
    'pdf.recap': call('pdf.recap'),
    'pdf.exportBatch': call('pdf.exportBatch'),
    'demo.create': call('demo.create'),
  } satisfies AsesaApi & BoundApi;
}
