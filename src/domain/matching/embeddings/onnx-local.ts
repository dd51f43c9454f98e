/**
 * The `onnx-local` embedding provider: a sentence-embedding model in a folder the operator provides
 * (Hugging Face layout: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx), run by
 * @huggingface/transformers (feature-extraction pipeline) on onnxruntime-node's CPU backend, mean-pooled
 * over the attention mask and L2-normalised.
 * It never touches the network: remote models are switched off and the library's fetch refuses.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { chunk, unitVector, withPrefix, type EmbeddingPrefixes } from './batch.js';
import { EmbeddingError, type EmbeddingProvider } from './provider.js';

export interface OnnxLocalEmbeddingSettings extends EmbeddingPrefixes {
  /** The model folder; its name must be a plain folder name (letters, digits, `-`, `_`, `.`). */
  readonly modelDir: string;
  /** Name stored beside the vectors (so a model change shows); by default the folder name. */
  readonly model: string;
  readonly dimension: number;
  /** Texts per forward pass (each batch is padded to its longest text). */
  readonly batchSize: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];
/** Full precision first; many exported folders also (or only) carry the 8-bit quantised file. */
const MODEL_FILES = [
  { file: 'onnx/model.onnx', dtype: 'fp32' },
  { file: 'onnx/model_quantized.onnx', dtype: 'q8' },
] as const;
/** transformers.js resolves `localModelPath + name` only for names shaped like a hub id. */
const FOLDER_NAME = /^[\w.-]{1,96}$/;

// transformers.js keeps its settings (localModelPath among them) in one process-wide object: loads are
// serialised so that two providers with different folders cannot interleave.
let loadQueue: Promise<unknown> = Promise.resolve();

export function onnxLocalEmbeddingProvider(settings: OnnxLocalEmbeddingSettings): EmbeddingProvider {
  let loading: Promise<FeatureExtractionPipeline> | null = null;
  const extractor = (): Promise<FeatureExtractionPipeline> => {
    if (!loading) {
      const load = loadQueue.then(() => loadExtractor(settings.modelDir));
      loadQueue = load.catch(() => undefined);
      // A failed load is not kept: the operator may put the folder in place while the server runs.
      loading = load.catch((error: unknown) => {
        loading = null;
        throw error;
      });
    }
    return loading;
  };

  return {
    kind: 'onnx-local',
    model: settings.model,
    dimension: settings.dimension,
    async embed(texts, options = {}) {
      if (texts.length === 0) return [];
      options.signal?.throwIfAborted();
      const extract = await extractor();
      const out: Float32Array[] = [];
      for (const batch of chunk(withPrefix(texts, settings, options.purpose), settings.batchSize)) {
        // onnxruntime cannot stop a forward pass half-way; the signal is honoured between batches.
        options.signal?.throwIfAborted();
        let data: Float32Array;
        let width: number;
        try {
          // Normalised below: the library's normalize turns a text of unknown words (a zero vector) into NaN.
          const output = await extract(batch, { pooling: 'mean', normalize: false });
          if (!(output.data instanceof Float32Array) || output.dims.length !== 2) throw new Error(`unexpected output of shape [${output.dims.join(', ')}]`);
          data = output.data;
          width = output.dims[1] ?? 0;
        } catch (error) {
          throw new EmbeddingError(`model in ${settings.modelDir} failed to embed: ${describe(error)}`, 'unavailable', false);
        }
        for (let row = 0; row < batch.length; row++) out.push(unitVector(data.subarray(row * width, (row + 1) * width), settings.dimension, settings.model));
      }
      return out;
    },
  };
}

async function loadExtractor(modelDir: string): Promise<FeatureExtractionPipeline> {
  const folder = resolve(modelDir);
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(folder, file)));
  const model = MODEL_FILES.find(({ file }) => existsSync(join(folder, file)));
  if (!model) missing.push('onnx/model.onnx');
  if (missing.length > 0 || !model) {
    throw new EmbeddingError(`EMBEDDINGS_MODEL_DIR ${folder} is not a usable model folder: missing ${missing.join(', ')}`, 'unavailable', false);
  }
  const name = basename(folder);
  if (!FOLDER_NAME.test(name) || name.includes('..') || name.includes('--')) {
    throw new EmbeddingError(`EMBEDDINGS_MODEL_DIR ${folder}: rename the folder to letters, digits, '-', '_' and '.' only`, 'unavailable', false);
  }
  let transformers: typeof import('@huggingface/transformers');
  try {
    transformers = await import('@huggingface/transformers');
  } catch (error) {
    throw new EmbeddingError(`@huggingface/transformers cannot be loaded: ${describe(error)}`, 'unavailable', false);
  }
  const { env, pipeline } = transformers;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dirname(folder);
  // The file cache would be consulted before the folder and could serve another model's files.
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.fetch = refuseNetwork;
  try {
    return await pipeline('feature-extraction', name, { local_files_only: true, device: 'cpu', dtype: model.dtype });
  } catch (error) {
    throw new EmbeddingError(`model folder ${folder} cannot be loaded: ${describe(error)}`, 'unavailable', false);
  }
}

/** Whatever path inside the library would fetch, local embedding must not: fail loudly instead. */
async function refuseNetwork(input: string | URL): Promise<never> {
  throw new Error(`onnx-local embeddings never use the network (refused ${String(input)})`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
