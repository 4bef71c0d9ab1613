// Loads models exported by LayerLab in real TensorFlow.js and prints what the Java tests compare:
// parameter count, output shapes, weight names (all, trainable) and predictions on the given inputs.
//   node load-model.mjs keras MODEL.json WEIGHTS.json INPUTS.json   (tf.models.modelFromJSON + setWeights)
//   node load-model.mjs tfjs  DIR/model.json INPUTS.json             (tf.loadLayersModel with the .bin shards)
//   node load-model.mjs jobs  JOBS.json                              (many of the above in one process)
// WEIGHTS.json maps TF.js weight names ("dense/kernel") to {shape, values}; INPUTS.json is a list of rows.
// JOBS.json is a list of {id, mode, model, weights?, inputs, classes?}; classes lists the JavaScript class files
// LayerLab wrote beside the export for layer classes TF.js lacks, each loaded (and so registered) before the model.
// Each model prints one line `LAYERLAB_RESULT {...}`; a model that fails to load or run reports {id, error} and
// the others still run.
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, basename } from 'node:path';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const require = createRequire(import.meta.url);

// A class file exports a function that defines the class for the given tf and registers it.
function loadClasses(job) {
  for (const file of job.classes ?? []) {
    require(file)(tf);
  }
}

function fileHandler(modelPath) {
  return {
    load: async () => {
      const artifacts = readJson(modelPath);
      const specs = [];
      const buffers = [];
      for (const group of artifacts.weightsManifest ?? []) {
        specs.push(...group.weights);
        for (const p of group.paths) {
          const bytes = readFileSync(join(dirname(modelPath), basename(p)));
          buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        }
      }
      const total = buffers.reduce((n, b) => n + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let offset = 0;
      for (const b of buffers) {
        weightData.set(new Uint8Array(b), offset);
        offset += b.byteLength;
      }
      return { modelTopology: artifacts.modelTopology, weightSpecs: specs, weightData: weightData.buffer };
    },
  };
}

async function load(job) {
  loadClasses(job);
  if (job.mode === 'keras') {
    const model = await tf.models.modelFromJSON(readJson(job.model));
    const given = readJson(job.weights);
    // setWeights takes model.weights' order (trainable before frozen), so the file's weights go by name.
    model.setWeights(model.weights.map((w) => {
      const v = given[w.originalName];
      if (v === undefined) {
        throw new Error(`the weights file has no ${w.originalName}`);
      }
      return tf.tensor(v.values, v.shape, 'float32');
    }));
    return model;
  }
  if (job.mode === 'tfjs') {
    return tf.loadLayersModel(fileHandler(job.model));
  }
  throw new Error(`unknown mode ${job.mode}`);
}

async function run(job) {
  const model = await load(job);
  const outputs = [].concat(model.predict(tf.tensor(readJson(job.inputs), undefined, 'float32')));
  const shapes = Array.isArray(model.outputShape[0]) ? model.outputShape : [model.outputShape];
  return {
    id: job.id,
    countParams: model.countParams(),
    outputShapes: shapes,
    weightNames: model.weights.map((w) => w.originalName),
    trainableWeightNames: model.trainableWeights.map((w) => w.originalName),
    predictions: await Promise.all(outputs.map((t) => t.array())),
  };
}

function report(result) {
  process.stdout.write('LAYERLAB_RESULT ' + JSON.stringify(result) + '\n');
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'jobs') {
    for (const job of readJson(args[0])) {
      report(await run(job).catch((e) => ({ id: job.id, error: String(e.message ?? e) })));
    }
  } else if (mode === 'keras') {
    report(await run({ id: 'model', mode, model: args[0], weights: args[1], inputs: args[2] }));
  } else {
    report(await run({ id: 'model', mode, model: args[0], inputs: args[1] }));
  }
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
