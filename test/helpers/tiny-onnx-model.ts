/**
 * Writes a tiny but complete sentence-embedding model folder in the Hugging Face layout, made here and
 * now (no download): a BERT-style WordPiece tokenizer over a few words, and an ONNX graph that looks each
 * token up in an embedding table and masks padding:
 *
 *   last_hidden_state = Gather(embeddings, input_ids) * Unsqueeze(Cast(attention_mask, float), -1)
 *
 * The pipeline's mean pooling then turns it into the average of the words' vectors, so texts sharing
 * words are close. The ONNX protobuf is encoded by hand (field numbers from onnx/onnx.proto).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---- protobuf wire format -------------------------------------------------------------------------
type Field = Uint8Array;

function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}
const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const tag = (field: number, wireType: number): number[] => varint((field << 3) | wireType);
const int = (field: number, value: number): Field => Uint8Array.from([...tag(field, 0), ...varint(value)]);
const bytes = (field: number, value: Uint8Array): Field => concat([Uint8Array.from([...tag(field, 2), ...varint(value.length)]), value]);
const str = (field: number, value: string): Field => bytes(field, new TextEncoder().encode(value));
const message = (field: number, ...fields: Field[]): Field => bytes(field, concat(fields));

// ---- ONNX messages -------------------------------------------------------------------------------
const FLOAT = 1;
const INT64 = 7;

/** ValueInfoProto { name = 1, type = 2 { tensor_type = 1 { elem_type = 1, shape = 2 { dim = 1 { dim_value = 1 | dim_param = 2 } } } } } */
function valueInfo(field: number, name: string, elemType: number, dims: ReadonlyArray<string | number>): Field {
  const shape = dims.map((d) => message(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  return message(field, str(1, name), message(2, message(1, int(1, elemType), message(2, ...shape))));
}

/** NodeProto { input = 1, output = 2, name = 3, op_type = 4, attribute = 5 } */
function node(inputs: string[], outputs: string[], opType: string, attributes: Field[] = []): Field {
  return message(1, ...inputs.map((i) => str(1, i)), ...outputs.map((o) => str(2, o)), str(3, `${opType}_${outputs[0]}`), str(4, opType), ...attributes);
}

/** AttributeProto { name = 1, i = 3, type = 20 (INT = 2) } */
const intAttribute = (name: string, value: number): Field => message(5, str(1, name), int(3, value), int(20, 2));

/** TensorProto { dims = 1, data_type = 2, name = 8, raw_data = 9 } (raw data little-endian) */
function tensor(name: string, dims: number[], dataType: number, raw: Uint8Array): Field {
  return message(5, ...dims.map((d) => int(1, d)), int(2, dataType), str(8, name), bytes(9, raw));
}

function onnxModel(vocabularySize: number, dimension: number, embeddings: Float32Array): Uint8Array {
  const axes = new BigInt64Array([-1n]);
  const graph = message(
    7,
    node(['embeddings', 'input_ids'], ['token_vectors'], 'Gather', [intAttribute('axis', 0)]),
    node(['attention_mask'], ['mask_float'], 'Cast', [intAttribute('to', FLOAT)]),
    node(['mask_float', 'unsqueeze_axes'], ['mask_3d'], 'Unsqueeze'),
    node(['token_vectors', 'mask_3d'], ['last_hidden_state'], 'Mul'),
    str(2, 'tiny-embedding'),
    tensor('embeddings', [vocabularySize, dimension], FLOAT, new Uint8Array(embeddings.buffer)),
    tensor('unsqueeze_axes', [1], INT64, new Uint8Array(axes.buffer)),
    valueInfo(11, 'input_ids', INT64, ['batch_size', 'sequence_length']),
    valueInfo(11, 'attention_mask', INT64, ['batch_size', 'sequence_length']),
    valueInfo(12, 'last_hidden_state', FLOAT, ['batch_size', 'sequence_length', dimension]),
  );
  // ModelProto { ir_version = 1, producer_name = 2, graph = 7, opset_import = 8 { domain = 1, version = 2 } }
  return concat([int(1, 8), str(2, 'innox-test'), graph, message(8, str(1, ''), int(2, 13))]);
}

// ---- the model folder ----------------------------------------------------------------------------
export const TINY_MODEL_SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/**
 * Words of a topic share one direction (plus a small word-specific part), so "solar panel" lies near
 * "solar battery" and far from "cancer therapy". Special tokens get a zero vector: they only add noise.
 */
export const TINY_MODEL_TOPICS: Readonly<Record<string, readonly string[]>> = {
  energy: ['solar', 'panel', 'battery', 'photovoltaic', 'grid', 'wind'],
  medicine: ['cancer', 'therapy', 'drug', 'clinical', 'vaccine', 'tumour'],
  water: ['water', 'filter', 'membrane', 'desalination', 'river', 'pump'],
};

export interface TinyModel {
  dir: string;
  dimension: number;
  vocabulary: string[];
}

export function writeTinyEmbeddingModel(parentDir: string, name = 'tiny-embedding', dimension = 8): TinyModel {
  const dir = join(parentDir, name);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const topics = Object.entries(TINY_MODEL_TOPICS);
  const words = topics.flatMap(([, w]) => w);
  const vocabulary = [...TINY_MODEL_SPECIAL_TOKENS, ...words];
  const embeddings = new Float32Array(vocabulary.length * dimension);
  topics.forEach(([, topicWords], topic) => {
    for (const [k, word] of topicWords.entries()) {
      const row = vocabulary.indexOf(word) * dimension;
      embeddings[row + (topic % dimension)] = 1;
      // A word's own small direction, in the dimensions no topic uses.
      embeddings[row + topics.length + (k % (dimension - topics.length))] = 0.3;
    }
  });
  writeFileSync(join(dir, 'onnx', 'model.onnx'), onnxModel(vocabulary.length, dimension, embeddings));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dimension, vocab_size: vocabulary.length, max_position_embeddings: 64 }),
  );
  const id = (token: string): number => vocabulary.indexOf(token);
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: TINY_MODEL_SPECIAL_TOKENS.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [id(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocabulary.map((t, i) => [t, i])) },
  };
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({
      tokenizer_class: 'BertTokenizer',
      do_lower_case: true,
      model_max_length: 64,
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      mask_token: '[MASK]',
    }),
  );
  return { dir, dimension, vocabulary };
}
