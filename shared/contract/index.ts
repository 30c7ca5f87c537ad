import type { z } from 'zod';
import type { ChannelDef } from './define';
import type { Envelope } from './envelope';
import { systemChannels } from './channels/system';
import { authChannels } from './channels/auth';
import { dictionaryChannels } from './channels/dictionary';
import { batchChannels } from './channels/batches';
import { securityChannels } from './channels/security';
import { privacyChannels } from './channels/privacy';
import { backupChannels } from './channels/backups';
import { scoringChannels } from './channels/scoring';
import { participantChannels } from './channels/participants';
import { resultChannels } from './channels/results';
import { exchangeChannels } from './channels/exchange';
import { documentChannels } from './channels/documents';

/**
 * The one list of channels between renderer and main side. Add a feature's channels by
 * spreading its map here; the preload, the IPC registration and the HTTP bridge all follow it.
 */
export const contract = {
  ...systemChannels,
  ...authChannels,
  ...dictionaryChannels,
  ...batchChannels,
  ...securityChannels,
  ...privacyChannels,
  ...backupChannels,
  ...scoringChannels,
  ...participantChannels,
  ...exchangeChannels,
  ...resultChannels,
  ...documentChannels,
} as const satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>;

/** The shape of `window.asesa` and of every transport: one named function per channel. */
export type AsesaApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>;
};

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './envelope';
export type { Access, ChannelDef } from './define';
