import type { HandlerMap } from './registry';
import { diffVersions, getVersion, listFrameworks, listVersions } from '../services/framework';
import { addIndicator, addTechnical, removeIndicator, retireNode, updateNode } from '../services/framework-edit';
import { applyImport, exportFramework, previewImport } from '../services/framework-exchange';
import {
  copyStandard,
  createFromJenjang,
  createStandard,
  deleteStandard,
  getStandard,
  listJenjangDefaults,
  listStandards,
  updateStandard,
} from '../services/position-standard';

/** The renderer sends file contents as base64 (it reads the file the user picked). */
const bytesOf = (base64: string): Uint8Array => Buffer.from(base64, 'base64');

type DictionaryChannel =
  | 'frameworks.list'
  | 'frameworks.versions'
  | 'frameworks.get'
  | 'frameworks.diff'
  | 'frameworks.updateNode'
  | 'frameworks.addTechnical'
  | 'frameworks.retireNode'
  | 'frameworks.addIndicator'
  | 'frameworks.removeIndicator'
  | 'frameworks.importPreview'
  | 'frameworks.importApply'
  | 'frameworks.export'
  | 'standards.list'
  | 'standards.get'
  | 'standards.create'
  | 'standards.update'
  | 'standards.delete'
  | 'standards.copy'
  | 'standards.createFromJenjang'
  | 'standards.jenjangDefaults';

export const dictionaryHandlers: HandlerMap<DictionaryChannel> = {
  'frameworks.list': (_input, ctx) => listFrameworks(ctx),
  'frameworks.versions': ({ frameworkId }, ctx) => listVersions(ctx, frameworkId),
  'frameworks.get': (input, ctx) => getVersion(ctx, input),
  'frameworks.diff': ({ fromVersionId, toVersionId }, ctx) => diffVersions(ctx, fromVersionId, toVersionId),
  'frameworks.updateNode': (input, ctx) => updateNode(ctx, input),
  'frameworks.addTechnical': (input, ctx) => addTechnical(ctx, input),
  'frameworks.retireNode': (input, ctx) => retireNode(ctx, input),
  'frameworks.addIndicator': (input, ctx) => addIndicator(ctx, input),
  'frameworks.removeIndicator': (input, ctx) => removeIndicator(ctx, input),
  'frameworks.importPreview': ({ fileName, contentBase64 }, ctx) =>
    previewImport(ctx, fileName, bytesOf(contentBase64)),
  'frameworks.importApply': ({ fileName, contentBase64 }, ctx) => applyImport(ctx, fileName, bytesOf(contentBase64)),
  'frameworks.export': (input, ctx) => {
    const file = exportFramework(ctx, input);
    return { fileName: file.fileName, contentBase64: Buffer.from(file.content, 'utf8').toString('base64') };
  },
  'standards.list': (input, ctx) => listStandards(ctx, input),
  'standards.get': ({ id }, ctx) => getStandard(ctx, id),
  'standards.create': (input, ctx) => createStandard(ctx, input),
  'standards.update': ({ id, fields, verify }, ctx) => updateStandard(ctx, id, { ...fields, verify }),
  'standards.delete': ({ id }, ctx) => deleteStandard(ctx, id),
  'standards.copy': ({ id, name }, ctx) => copyStandard(ctx, id, name),
  'standards.createFromJenjang': (input, ctx) => createFromJenjang(ctx, input),
  'standards.jenjangDefaults': (_input, ctx) => listJenjangDefaults(ctx),
};
