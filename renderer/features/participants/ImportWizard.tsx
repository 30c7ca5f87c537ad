import { Alert, Button, Group, Input, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { ImportCounts, ImportPreview } from '../../../shared/schemas/participant';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { readFileAsBase64 } from '../../lib/files';
import { i18n } from '../../lib/i18n';
import { ImportColumns } from './ImportColumns';
import { assignmentFrom, mappingOf, missingRequired, type ColumnAssignment } from './import-mapping';
import { ImportPreviewView, type ImportMode } from './ImportPreviewView';
import { MAX_IMPORT_MB } from './participant-format';

interface Upload {
  fileName: string;
  contentBase64: string;
}

function tooLarge(bytes: number): EnvelopeError {
  const size = (bytes / 1024 / 1024).toFixed(1);
  return { code: 'BAD_INPUT', message: i18n.t('participants.file.tooLarge', { size, max: MAX_IMPORT_MB }) };
}

/**
 * File → (sheet +) column mapping → preview with every problem and diff → import → result.
 * The file is read once; every later step sends the same bytes with the chosen sheet/mapping,
 * so what is applied is exactly what was previewed (the main side re-checks inside its transaction).
 */
export function ImportWizard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [assignment, setAssignment] = useState<ColumnAssignment>({});
  const [mode, setMode] = useState<ImportMode>('valid-only');
  const [result, setResult] = useState<ImportCounts | null>(null);

  async function runPreview(
    file: Upload,
    sheet: string | undefined,
    mapping: ColumnAssignment | null,
  ): Promise<ImportPreview | null> {
    setBusy(true);
    const reply = await call('participants.importPreview', {
      ...file,
      ...(sheet ? { sheet } : {}),
      ...(mapping ? { mapping: mappingOf(mapping) } : {}),
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return null;
    }
    setError(null);
    setPreview(reply.value);
    return reply.value;
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    // Refused before reading: a 200 MB file never reaches memory or the main side.
    if (file.size > MAX_IMPORT_MB * 1024 * 1024) {
      setError(tooLarge(file.size));
      return;
    }
    setBusy(true);
    const next = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
    setUpload(next);
    const first = await runPreview(next, undefined, null);
    if (first) {
      setAssignment(assignmentFrom(first));
      setStep(1);
    }
  }

  async function changeSheet(sheet: string) {
    if (!upload) return;
    const next = await runPreview(upload, sheet, null);
    if (next) setAssignment(assignmentFrom(next));
  }

  async function toPreview() {
    if (!upload) return;
    if (await runPreview(upload, preview?.sheet ?? undefined, assignment)) setStep(2);
  }

  async function apply() {
    if (!upload) return;
    setBusy(true);
    const reply = await call('participants.importApply', {
      ...upload,
      ...(preview?.sheet ? { sheet: preview.sheet } : {}),
      mapping: mappingOf(assignment),
      mode,
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setResult(reply.value.counts);
    setStep(3);
    onImported();
  }

  function restart() {
    setStep(0);
    setUpload(null);
    setPreview(null);
    setResult(null);
    setError(null);
  }

  return (
    <Stack gap="md" data-testid="import-wizard">
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('planning.wizard.stepFile')} />
        <Stepper.Step label={t('planning.wizard.stepColumns')} />
        <Stepper.Step label={t('planning.wizard.stepPreview')} />
        <Stepper.Step label={t('planning.wizard.stepResult')} />
      </Stepper>
      <ErrorAlert error={error} />
      {step === 0 && (
        <Input.Wrapper
          label={t('planning.wizard.file')}
          description={t('planning.wizard.fileHint', { max: MAX_IMPORT_MB })}
          id="participant-file"
        >
          <input
            id="participant-file"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="participant-file-description"
            disabled={busy}
            style={{ display: 'block', marginTop: 8 }}
            onChange={(e) => void pick(e.currentTarget.files?.[0])}
          />
          {busy && (
            <Text size="sm" mt="xs" role="status">
              {t('planning.wizard.reading')}
            </Text>
          )}
        </Input.Wrapper>
      )}
      {step === 1 && preview && (
        <>
          <ImportColumns
            preview={preview}
            assignment={assignment}
            onAssignment={setAssignment}
            onSheet={(s) => void changeSheet(s)}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={restart}>
              {t('planning.wizard.back')}
            </Button>
            <Button loading={busy} disabled={missingRequired(assignment).length > 0} onClick={() => void toPreview()}>
              {t('planning.wizard.next')}
            </Button>
          </Group>
        </>
      )}
      {step === 2 && preview && (
        <>
          <ImportPreviewView preview={preview} mode={mode} onMode={setMode} />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)}>
              {t('planning.wizard.back')}
            </Button>
            <Button loading={busy} onClick={() => void apply()}>
              {t('planning.wizard.apply')}
            </Button>
          </Group>
        </>
      )}
      {step === 3 && result && (
        <>
          <Alert color="green" title={t('planning.wizard.done')} role="status" data-testid="import-result">
            {t('planning.wizard.doneBody', result)}
          </Alert>
          <Group>
            <Button variant="default" onClick={restart}>
              {t('planning.wizard.again')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
