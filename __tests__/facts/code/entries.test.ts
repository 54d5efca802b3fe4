// Training / evaluation / inference / data-prep entry points on small fixture repositories. Every test asserts
// the exact set of files reported, so a rule that starts matching too much fails as surely as one that misses.
import { describe, expect, it } from 'vitest';
import { collectCode } from '../../../src/facts/code/index.ts';
import { snapshotOf } from '../../helpers/snapshot.ts';

type Files = Record<string, string>;
const scan = async (files: Files) => collectCode(await snapshotOf(files));
const paths = (l: { path: string }[]) => l.map((e) => e.path).sort();
const reasonOf = (l: { path: string; reason: string }[], p: string) =>
  l.find((e) => e.path === p)?.reason ?? '';

describe('PyTorch training loops', () => {
  it('finds an AMP loop under __main__ and says where', async () => {
    const r = await scan({
      'train.py': [
        'import torch',
        'from model import Net',
        '',
        'def main():',
        '    model = Net()',
        '    optimizer = torch.optim.AdamW(model.parameters())',
        '    scaler = torch.cuda.amp.GradScaler()',
        '    for x, y in loader:',
        '        loss = model(x, y)',
        '        scaler.scale(loss).backward()',
        '        scaler.step(optimizer)',
        '        scaler.update()',
        '',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'model.py':
        'import torch.nn as nn\nclass Net(nn.Module):\n    def forward(self, x, y):\n        return x\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['train.py']);
    const reason = reasonOf(r.trainingScripts, 'train.py');
    expect(reason).toContain('scaler.scale().backward()');
    expect(reason).toContain('scaler.step()');
    expect(reason).toContain('in main() (line 10)');
    expect(r.trainingScripts[0]!.line).toBe(10);
    expect(paths(r.evaluationScripts)).toEqual([]);
    expect(r.architectures).toEqual([{ path: 'model.py', line: 2, note: 'class Net(nn.Module)' }]);
  });

  it('does not take a train.py that only defines helpers, but takes the main.py that runs them', async () => {
    const r = await scan({
      'mypkg/__init__.py': '',
      'mypkg/engine.py': [
        'def train_one_epoch(model, loader, optimizer):',
        '    for x, y in loader:',
        '        loss = model(x).sum()',
        '        optimizer.zero_grad()',
        '        loss.backward()',
        '        optimizer.step()',
        '',
      ].join('\n'),
      'train.py': [
        'import torch',
        'def train(model, loader, opt):',
        '    for x in loader:',
        '        model(x).sum().backward()',
        '        opt.step()',
        '',
      ].join('\n'),
      'main.py': [
        'import argparse',
        'from mypkg.engine import train_one_epoch',
        'parser = argparse.ArgumentParser()',
        'args = parser.parse_args()',
        'for epoch in range(args.epochs):',
        '    train_one_epoch(model, loader, optimizer)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['main.py']);
    expect(reasonOf(r.trainingScripts, 'main.py')).toContain(
      'in train_one_epoch() of mypkg/engine.py (line 5)',
    );
  });

  it('follows a module import (import engine; engine.fit(...)) one level, not two', async () => {
    const r = await scan({
      'engine.py': 'import inner\ndef fit(m, o):\n    inner.step(m, o)\n',
      'inner.py': 'def step(m, opt):\n    m().backward()\n    opt.step()\n',
      'run.py': 'import engine\nif __name__ == "__main__":\n    engine.fit(model, opt)\n',
      'direct.py': 'import inner\nif __name__ == "__main__":\n    inner.step(model, opt)\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['direct.py']);
  });

  it("takes a Python launcher that runs an entry point's main() in that entry's role (submitit wrappers, as in dinov2)", async () => {
    const r = await scan({
      // the training step is in a module train/train.py calls: two modules away from the wrapper
      'pkg/train/meta_arch.py': [
        'class MetaArch:',
        '    def backprop(self, loss):',
        '        self.scaler.scale(loss).backward()',
        '        self.scaler.step(self.optimizer)',
        '',
      ].join('\n'),
      'pkg/train/train.py': [
        'from pkg.train.meta_arch import MetaArch',
        'def do_train(cfg):',
        '    arch = MetaArch()',
        '    for batch in loader:',
        '        arch.backprop(arch(batch))',
        'def main(args):',
        '    do_train(args)',
        'if __name__ == "__main__":',
        '    main(parse())',
        '',
      ].join('\n'),
      // the evaluation is one module further too
      'pkg/eval/metrics.py': [
        'import torch',
        'from torchmetrics.classification import MulticlassAccuracy',
        'def run_eval(model, test_loader):',
        '    model.eval()',
        '    metric = MulticlassAccuracy(num_classes=1000)',
        '    with torch.no_grad():',
        '        for x, y in test_loader:',
        '            metric.update(model(x), y)',
        '    return metric.compute()',
        '',
      ].join('\n'),
      'pkg/eval/knn.py': [
        'from pkg.eval.metrics import run_eval',
        'def main(args):',
        '    print(run_eval(build(args), loader(args)))',
        'if __name__ == "__main__":',
        '    main(parse())',
        '',
      ].join('\n'),
      'pkg/run/train.py': [
        'import submitit',
        'class Trainer:',
        '    def __call__(self):',
        '        from pkg.train.train import main as train_main',
        '        train_main(self.args)',
        'def main():',
        '    executor = submitit.AutoExecutor(folder="logs")',
        '    executor.submit(Trainer())',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      // runs an evaluation entry point's main(): not a training launcher
      'pkg/run/knn.py': [
        'from pkg.eval.knn import main as knn_main',
        'if __name__ == "__main__":',
        '    knn_main(parse())',
        '',
      ].join('\n'),
      // calls a helper of the training entry, not its main(): one module deep, as before
      'pkg/run/tools.py': [
        'from pkg.train.train import do_train',
        'if __name__ == "__main__":',
        '    do_train(cfg)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['pkg/run/train.py', 'pkg/train/train.py']);
    // the evaluation launcher launches evaluation
    expect(paths(r.evaluationScripts)).toEqual(['pkg/eval/knn.py', 'pkg/run/knn.py']);
    expect(reasonOf(r.evaluationScripts, 'pkg/run/knn.py')).toMatch(
      /^runs pkg\/eval\/knn\.py's main\(\), which /,
    );
    expect(reasonOf(r.trainingScripts, 'pkg/run/train.py')).toMatch(
      /^runs pkg\/train\/train\.py's main\(\), which calls self\.scaler\.scale\(\)\.backward\(\) and self\.scaler\.step\(\) in MetaArch\.backprop\(\) of pkg\/train\/meta_arch\.py/,
    );
  });

  it('does not count a benchmark that runs forward/backward for timing, nor its seed', async () => {
    const r = await scan({
      'bench.py': [
        'import time, torch',
        'torch.manual_seed(0)',
        'optimizer = torch.optim.SGD(model.parameters(), lr=0.1)',
        't0 = time.perf_counter()',
        'for _ in range(10):',
        '    loss = model(x).sum()',
        '    loss.backward()',
        '    optimizer.step()',
        'torch.cuda.synchronize()',
        'print(time.perf_counter() - t0)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual([]);
    expect(r.seeds).toEqual({ set: false, evidence: [] });
  });

  it('takes accelerate, fabric and deepspeed loops, and DDP workers started with mp.spawn', async () => {
    const r = await scan({
      'acc.py': [
        'from accelerate import Accelerator',
        'accelerator = Accelerator()',
        'for batch in loader:',
        '    loss = model(batch)',
        '    accelerator.backward(loss)',
        '',
      ].join('\n'),
      'ds.py': [
        'import deepspeed',
        'def main():',
        '    engine, opt, _, _ = deepspeed.initialize(model=model, config=cfg)',
        '    for batch in loader:',
        '        engine.backward(engine(batch))',
        '        engine.step()',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'ddp.py': [
        'import torch.multiprocessing as mp',
        'def worker(rank):',
        '    loss = net(x)',
        '    loss.backward()',
        '    optimizer.step()',
        'if __name__ == "__main__":',
        '    mp.spawn(worker, nprocs=2)',
        '',
      ].join('\n'),
      'grads_only.py':
        'if __name__ == "__main__":\n    out = model(x)\n    out.sum().backward()\n    print(x.grad)\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['acc.py', 'ddp.py', 'ds.py']);
  });
});

describe('following calls into the repository', () => {
  it('follows methods called on objects of repository classes, not every method of every class built', async () => {
    const r = await scan({
      'mypkg/__init__.py': '',
      'mypkg/trainer.py': [
        'class Trainer:',
        '    def __init__(self, cfg):',
        '        self.cfg = cfg',
        '    def train(self):',
        '        for x in self.loader:',
        '            self.model(x).backward()',
        '            self.optimizer.step()',
        '    def predict(self, x):',
        '        return self.model(x)',
        '',
      ].join('\n'),
      'run_train.py':
        'from mypkg.trainer import Trainer\nif __name__ == "__main__":\n    t = Trainer(cfg)\n    t.train()\n',
      'demo_predict.py':
        'from mypkg.trainer import Trainer\nif __name__ == "__main__":\n    t = Trainer(cfg)\n    print(t.predict(x))\n',
      'sub.py':
        'from mypkg.trainer import Trainer\nclass MyTrainer(Trainer):\n    pass\nif __name__ == "__main__":\n    MyTrainer(cfg).train()\n',
      'cli.py': [
        'import fire',
        'class Runner:',
        '    def fit(self):',
        '        loss.backward()',
        '        opt.step()',
        'if __name__ == "__main__":',
        '    fire.Fire(Runner)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['cli.py', 'run_train.py', 'sub.py']);
    expect(reasonOf(r.trainingScripts, 'run_train.py')).toContain(
      'in Trainer.train() of mypkg/trainer.py (line 6)',
    );
    expect(paths(r.inferenceScripts)).toEqual(['demo_predict.py']);
  });
});

describe('library modules', () => {
  it('a class handed to setattr or isinstance at module level runs none of its methods (detectron2 engine/defaults.py)', async () => {
    const r = await scan({
      'lib/defaults.py': [
        'class DefaultTrainer:',
        '    def test(self, model, loader, evaluator):',
        '        for batch in loader:',
        '            evaluator.process(batch, model(batch))',
        '        return evaluator.evaluate()',
        "# expose the wrapped trainer's attributes",
        'for _attr in ["model", "data_loader", "optimizer"]:',
        '    setattr(DefaultTrainer, _attr, property(lambda self, x=_attr: getattr(self._trainer, x)))',
        'assert isinstance(DefaultTrainer, type)',
        '',
      ].join('\n'),
      // a class handed to a launcher is built and called by it: still followed
      'tools/launch.py': [
        'from lib.defaults import DefaultTrainer',
        'def launch(cls):',
        '    cls().test(model, loader, evaluator)',
        'if __name__ == "__main__":',
        '    launch(DefaultTrainer)',
        '',
      ].join('\n'),
    });
    expect(paths(r.evaluationScripts)).toEqual(['tools/launch.py']);
  });
});

describe('names of scripts', () => {
  it('a Transformers head in a file name (…_for_conditional_generation.py) does not make a script inference (trl)', async () => {
    const builder = [
      'from transformers import AutoProcessor, LlavaForConditionalGeneration',
      'processor = AutoProcessor.from_pretrained("llava-hf/llava-1.5-7b-hf")',
      'model = LlavaForConditionalGeneration(config)',
      'model.push_to_hub("tiny-random/llava")',
      '',
    ].join('\n');
    const r = await scan({
      'scripts/tiny/llava_for_conditional_generation.py': builder,
      'scripts/tiny/t5_for_conditional_generation.py': builder,
      // the same loading in a script named for what it does
      'scripts/generate.py': builder
        .replace('model.push_to_hub("tiny-random/llava")', 'print(processor)')
        .replace(
          'LlavaForConditionalGeneration(config)',
          'LlavaForConditionalGeneration.from_pretrained("llava-hf/llava-1.5-7b-hf")',
        ),
    });
    expect(paths(r.inferenceScripts)).toEqual(['scripts/generate.py']);
  });

  it('val.py that runs the model in eval mode is evaluation, not inference (yolov5 classify/val.py)', async () => {
    const run = [
      'import torch',
      'from models.common import Backend',
      '@smart_inference_mode()',
      'def run(data, weights):',
      '    model = Backend(weights)',
      '    model.eval()',
      '    for images, labels in dataloader:',
      '        pred = model(images)',
      '        correct = (labels[:, None] == pred.argsort(1, descending=True)[:, :5]).float()',
      '    top1, top5 = torch.stack((correct[:, 0], correct.max(1).values), dim=1).mean(0).tolist()',
      '    return top1, top5',
      'if __name__ == "__main__":',
      '    run("imagenette", "yolov5s-cls.pt")',
      '',
    ].join('\n');
    const r = await scan({
      'models/__init__.py': '',
      'models/common.py':
        'class Backend:\n    def forward(self, im):\n        return self.model.predict(im)\n',
      'classify/val.py': run,
      // a word that merely contains "val"
      'tools/interval.py': run,
    });
    expect(paths(r.evaluationScripts)).toEqual(['classify/val.py']);
    expect(reasonOf(r.evaluationScripts, 'classify/val.py')).toContain(
      'is named val.py and runs the model without gradients',
    );
    expect(paths(r.inferenceScripts)).toEqual(['tools/interval.py']);
  });
});

describe('predict()', () => {
  it("gradio_client's Client(…).predict() calls an app hosted elsewhere: not this repository's inference (croissant)", async () => {
    const r = await scan({
      'notebooks/query.ipynb': JSON.stringify({
        cells: [
          {
            cell_type: 'code',
            source: ['from gradio_client import Client\n', 'client = Client("someone/sparql-explorer")\n'],
            outputs: [],
          },
          {
            cell_type: 'code',
            source: ['result = client.predict("SELECT ?s WHERE { ?s ?p ?o }")\n'],
            outputs: [],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      }),
      'predict.py':
        'import joblib\nif __name__ == "__main__":\n    clf = joblib.load("model.pkl")\n    print(clf.predict(rows))\n',
    });
    expect(paths(r.inferenceScripts)).toEqual(['predict.py']);
  });
});

describe('evaluate()', () => {
  it('numexpr, scipy and pairwise similarities measure other things than models (PythonDataScienceHandbook, HF course)', async () => {
    const r = await scan({
      'perf.py':
        'import numexpr as ne\nif __name__ == "__main__":\n    print(ne.evaluate("(a > 0.5) & (b < 0.5)"))\n',
      'density.py': [
        'from scipy import stats',
        'if __name__ == "__main__":',
        '    kde = stats.gaussian_kde(samples)',
        '    density = kde.evaluate(grid)',
        '',
      ].join('\n'),
      // similarity search over embeddings (HF course's semantic_search notebook)
      'search.py': [
        'import torch',
        'from sklearn.metrics.pairwise import cosine_similarity',
        'if __name__ == "__main__":',
        '    with torch.no_grad():',
        '        docs = encoder(corpus)',
        '    print(cosine_similarity(encoder(query), docs).argmax())',
        '',
      ].join('\n'),
      'eval_model.py': [
        'from tensorflow import keras',
        'if __name__ == "__main__":',
        '    model = keras.models.load_model("model.keras")',
        '    print(model.evaluate(x_test, y_test))',
        '',
      ].join('\n'),
    });
    expect(paths(r.evaluationScripts)).toEqual(['eval_model.py']);
  });
});

describe('evaluation flags', () => {
  it('`if args.eval_only:` is an evaluation mode; `assert not args.eval_only` refuses one (detectron2 tools)', async () => {
    const r = await scan({
      'tools/train_net.py': [
        'from engine import default_argument_parser',
        'def main(args):',
        '    if args.eval_only:',
        '        return Trainer.run_eval(args)',
        '    return Trainer.run_train(args)',
        'if __name__ == "__main__":',
        '    main(default_argument_parser().parse_args())',
        '',
      ].join('\n'),
      'tools/benchmark.py': [
        'from engine import default_argument_parser',
        'def main():',
        '    args = default_argument_parser().parse_args()',
        '    assert not args.eval_only',
        '    time_iterations(args)',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
    });
    expect(paths(r.evaluationScripts)).toEqual(['tools/train_net.py']);
  });
});

describe('trainers and frameworks', () => {
  it('HF Trainer: train() trains, evaluation behind --do_eval counts for the same script', async () => {
    const r = await scan({
      'run_glue.py': [
        'from transformers import Trainer, TrainingArguments, HfArgumentParser',
        'from datasets import load_dataset',
        'def main():',
        '    args = TrainingArguments(output_dir="out", seed=42, data_seed=7, full_determinism=True)',
        '    raw = load_dataset("glue", "mrpc", revision="a1b2c3")',
        '    trainer = Trainer(model=model, args=args)',
        '    if args.do_train:',
        '        trainer.train()',
        '    if args.do_eval:',
        '        metrics = trainer.evaluate()',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'sft.py': 'from trl import SFTTrainer\nt = SFTTrainer(model="x", train_dataset=ds)\nt.train()\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['run_glue.py', 'sft.py']);
    expect(paths(r.evaluationScripts)).toEqual(['run_glue.py']);
    expect(reasonOf(r.trainingScripts, 'run_glue.py')).toContain('Trainer(…).train()');
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['run_glue.py:4']);
    expect(r.determinism.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['run_glue.py:4']);
    expect(r.dataloaderSeeding.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['run_glue.py:4']);
    expect(r.datasetsUsed).toEqual([
      { name: 'glue (mrpc)', via: 'load_dataset', path: 'run_glue.py', line: 5, pinned: true },
    ]);
    expect(r.dataVersioned.map((e) => e.path)).toEqual(['run_glue.py']);
  });

  it('Keras compile + fit trains; a scaler or tokenizer .fit does not; a sklearn estimator .fit does', async () => {
    const r = await scan({
      'keras_mnist.py': [
        'from tensorflow import keras',
        '(x, y), (xt, yt) = keras.datasets.mnist.load_data()',
        'model = keras.Sequential([keras.layers.Dense(10)])',
        'model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")',
        'model.fit(x, y, epochs=3)',
        'model.evaluate(xt, yt)',
        '',
      ].join('\n'),
      'features.py': [
        'from sklearn.preprocessing import StandardScaler',
        'from tensorflow.keras.preprocessing.text import Tokenizer',
        'scaler = StandardScaler()',
        'scaler.fit(X)',
        'tok = Tokenizer()',
        'tok.fit_on_texts(texts)',
        'tok.fit(texts)',
        '',
      ].join('\n'),
      'classic.py': [
        'from sklearn.ensemble import RandomForestClassifier',
        'from sklearn.metrics import accuracy_score',
        'def main():',
        '    clf = RandomForestClassifier(n_estimators=10, random_state=0)',
        '    clf.fit(X_train, y_train)',
        '    print(accuracy_score(y_test, clf.predict(X_test)))',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['classic.py', 'keras_mnist.py']);
    expect(reasonOf(r.trainingScripts, 'keras_mnist.py')).toContain('compiles a Keras model (line 4)');
    expect(reasonOf(r.trainingScripts, 'classic.py')).toContain('RandomForestClassifier');
    expect(paths(r.evaluationScripts)).toEqual(['classic.py', 'keras_mnist.py']);
    expect(paths(r.inferenceScripts)).toEqual([]);
    expect(r.seeds.evidence.map((e) => e.note)).toEqual(['RandomForestClassifier(random_state=…)']);
    expect(r.datasetsUsed.map((d) => `${d.via}:${d.name}`)).toEqual(['keras:mnist']);
  });

  it('Lightning Trainer(...).fit, seed_everything(workers=True) and deterministic=True', async () => {
    const r = await scan({
      'train_lit.py': [
        'import lightning as L',
        'from project.model import LitModel',
        'def cli_main():',
        '    L.seed_everything(1234, workers=True)',
        '    trainer = L.Trainer(max_epochs=3, deterministic=True)',
        '    trainer.fit(LitModel(), datamodule=dm)',
        'if __name__ == "__main__":',
        '    cli_main()',
        '',
      ].join('\n'),
      'project/__init__.py': '',
      'project/model.py': 'import lightning as L\nclass LitModel(L.LightningModule):\n    pass\n',
      'project/data.py':
        'from torchvision.datasets import MNIST\nclass DM:\n    def setup(self):\n        self.ds = MNIST(".", download=True)\n',
      'eval_lit.py': [
        'import lightning as L',
        'def evaluate(cfg):',
        '    trainer = L.Trainer()',
        '    trainer.test(model=model, ckpt_path=cfg.ckpt_path)',
        'if __name__ == "__main__":',
        '    evaluate(cfg)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['train_lit.py']);
    expect(reasonOf(r.trainingScripts, 'train_lit.py')).toContain('Lightning Trainer(…).fit()');
    expect(paths(r.evaluationScripts)).toEqual(['eval_lit.py']);
    expect(r.datasetsUsed.map((d) => `${d.path}:${d.line} ${d.name}`)).toEqual(['project/data.py:4 MNIST']);
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['train_lit.py:4']);
    expect(r.determinism.evidence.map((e) => e.note)).toEqual(['L.Trainer(deterministic=True)']);
    expect(r.dataloaderSeeding.evidence.map((e) => e.note)).toEqual(['L.seed_everything(…, workers=True)']);
    expect(r.architectures.map((e) => e.path)).toEqual(['project/model.py']);
  });

  it('TF1 estimators and tf.train optimizers', async () => {
    const r = await scan({
      'estimator_main.py': [
        'import tensorflow as tf',
        'import os',
        'os.environ["TF_DETERMINISTIC_OPS"] = "1"',
        'tf.random.set_seed(7)',
        'def main(_):',
        '    est = tf.estimator.Estimator(model_fn=model_fn)',
        '    est.train(input_fn=train_input_fn, max_steps=1000)',
        'if __name__ == "__main__":',
        '    tf.compat.v1.app.run(main)',
        '',
      ].join('\n'),
      'tf1_graph.py': [
        'import tensorflow as tf',
        'train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)',
        'with tf.Session() as sess:',
        '    sess.run(train_op)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['estimator_main.py', 'tf1_graph.py']);
    expect(r.seeds.evidence.map((e) => e.note)).toEqual(['tf.random.set_seed(…)']);
    expect(r.determinism.evidence.map((e) => e.note)).toEqual(['sets TF_DETERMINISTIC_OPS']);
  });

  it('JAX: optax.apply_updates and flax TrainState.apply_gradients; PRNGKey seeds; flax modules', async () => {
    const r = await scan({
      'train_optax.py': [
        'import jax, optax',
        'key = jax.random.PRNGKey(0)',
        'def step(params, opt_state, batch):',
        '    grads = jax.grad(loss_fn)(params, batch)',
        '    updates, opt_state = tx.update(grads, opt_state)',
        '    return optax.apply_updates(params, updates), opt_state',
        'if __name__ == "__main__":',
        '    for batch in data:',
        '        params, opt_state = step(params, opt_state, batch)',
        '',
      ].join('\n'),
      'flax_train.py': [
        'import flax.linen as nn',
        'from flax.training import train_state',
        'class CNN(nn.Module):',
        '    @nn.compact',
        '    def __call__(self, x):',
        '        return x',
        'def train_step(state, batch):',
        '    grads = jax.grad(loss)(state.params)',
        '    return state.apply_gradients(grads=grads)',
        'def train_and_evaluate(config):',
        '    for epoch in range(config.epochs):',
        '        state = train_step(state, batch)',
        '',
      ].join('\n'),
      'flax_main.py': [
        'from absl import app',
        'import flax_train',
        'def main(argv):',
        '    flax_train.train_and_evaluate(config)',
        'if __name__ == "__main__":',
        '    app.run(main)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['flax_main.py', 'train_optax.py']);
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.note}`)).toEqual([
      'train_optax.py:jax.random.PRNGKey(…)',
    ]);
    expect(r.architectures.map((e) => `${e.path}:${e.note}`)).toEqual(['flax_train.py:class CNN(nn.Module)']);
  });

  it('Flax NNX: optimizer.update(model, grads) on an nnx.Optimizer trains; nnx.Rngs(0) seeds; metrics do not', async () => {
    const r = await scan({
      // the optimizer built in the same scope
      'nnx_train.py': [
        'from flax import nnx',
        'import optax',
        'from model import Net',
        'def main():',
        '    model = Net(rngs=nnx.Rngs(params=0, dropout=1))',
        '    opt = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)',
        '    for batch in data:',
        '        grads = nnx.grad(loss_fn)(model, batch)',
        '        opt.update(model, grads)',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'model.py':
        'from flax import nnx\nclass Net(nnx.Module):\n    def __call__(self, x):\n        return x\n',
      // evaluation only: metrics.update is not an optimizer update, nothing builds an optimizer
      'nnx_eval.py': [
        'from flax import nnx',
        'from model import Net',
        'def evaluate(model, metrics, batches):',
        '    for batch in batches:',
        '        loss, logits = loss_fn(model, batch)',
        '        metrics.update(loss=loss, logits=logits, labels=batch["label"])',
        '    return metrics.compute()',
        'if __name__ == "__main__":',
        '    metrics = nnx.MultiMetric(accuracy=nnx.metrics.Accuracy())',
        '    print(evaluate(Net(rngs=nnx.Rngs(0)), metrics, test_batches))',
        '',
      ].join('\n'),
      // an options dict updated beside an optimizer that is never stepped is not training either
      'configure.py': [
        'import optax',
        'if __name__ == "__main__":',
        '    options = {}',
        '    options.update(lr=1e-3, steps=10)',
        '    tx = optax.adam(options["lr"])',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['nnx_train.py']);
    expect(reasonOf(r.trainingScripts, 'nnx_train.py')).toContain(
      'updates a Flax NNX optimizer with opt.update()',
    );
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.note}`)).toEqual(['nnx_train.py:nnx.Rngs(…)']);
  });
});

describe('OpenMMLab runners', () => {
  it("mmengine's Runner trains with .train() and evaluates with .test() / .val(); mmcv's older runners train with .run()", async () => {
    const r = await scan({
      'tools/train.py': [
        'from mmengine.config import Config',
        'from mmengine.registry import RUNNERS',
        'from mmengine.runner import Runner',
        'def main():',
        '    cfg = Config.fromfile(args.config)',
        "    if 'runner_type' not in cfg:",
        '        runner = Runner.from_cfg(cfg)',
        '    else:',
        '        runner = RUNNERS.build(cfg)',
        '    runner.train()',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'tools/test.py':
        'from mmengine.runner import Runner\nif __name__ == "__main__":\n    runner = Runner.from_cfg(cfg)\n    metrics = runner.test()\n',
      'tools/val.py':
        'import mmengine.runner\nif __name__ == "__main__":\n    mmengine.runner.Runner.from_cfg(cfg).val()\n',
      // mmdetection 2.x: train_detector() in the package builds an mmcv runner and runs the workflow
      'tools/train_v2.py':
        'from mmdet_lite.apis import train_detector\nif __name__ == "__main__":\n    train_detector(model, datasets, cfg)\n',
      'mmdet_lite/__init__.py': '',
      'mmdet_lite/apis/__init__.py': 'from .train import train_detector\n',
      'mmdet_lite/apis/train.py': [
        'from mmcv.runner import build_runner',
        'def train_detector(model, dataset, cfg):',
        '    runner = build_runner(cfg.runner, default_args=dict(model=model, optimizer=optimizer))',
        '    runner.run(data_loaders, cfg.workflow)',
        '',
      ].join('\n'),
      // neither a runner nor a trainer: a thread pool's run() and a model's own train() mode switch
      'tools/other.py':
        'import threading\nif __name__ == "__main__":\n    model.train()\n    t = threading.Thread(target=f)\n    t.run()\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['tools/train.py', 'tools/train_v2.py']);
    expect(reasonOf(r.trainingScripts, 'tools/train.py')).toContain(
      'calls runner.train() on an mmengine Runner',
    );
    expect(reasonOf(r.trainingScripts, 'tools/train_v2.py')).toContain(
      'calls runner.run() on an mmcv runner',
    );
    expect(paths(r.evaluationScripts)).toEqual(['tools/test.py', 'tools/val.py']);
  });
});

describe('reinforcement learning (Stable-Baselines3, the RL Baselines3 Zoo)', () => {
  it('learn() on an SB3 algorithm trains; evaluate_policy and EvalCallback evaluate; set_random_seed and seed= seed', async () => {
    const r = await scan({
      'train_ppo.py': [
        'import gymnasium as gym',
        'from stable_baselines3 import PPO',
        'def main():',
        '    env = gym.make("CartPole-v1")',
        '    model = PPO("MlpPolicy", env, seed=0, verbose=1)',
        '    model.learn(total_timesteps=100_000)',
        '    model.save("ppo_cartpole")',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'eval_agent.py': [
        'from stable_baselines3 import PPO',
        'from stable_baselines3.common.evaluation import evaluate_policy',
        'from stable_baselines3.common.env_util import make_vec_env',
        'if __name__ == "__main__":',
        '    model = PPO.load("ppo_cartpole")',
        '    mean, std = evaluate_policy(model, make_vec_env("CartPole-v1", n_envs=4), n_eval_episodes=20)',
        '    print(f"{mean:.1f} +/- {std:.1f}")',
        '',
      ].join('\n'),
      // the zoo's shape: the root train.py runs rl/train.py's train(), which hands the model to a manager
      'train.py': 'from rl.train import train\n\nif __name__ == "__main__":\n    train()\n',
      'rl/__init__.py': '',
      'rl/train.py': [
        'from stable_baselines3.common.utils import set_random_seed',
        'from rl.exp_manager import Manager',
        'def train():',
        '    set_random_seed(args.seed)',
        '    manager = Manager(args)',
        '    model = manager.setup_experiment()',
        '    manager.learn(model)',
        'if __name__ == "__main__":',
        '    train()',
        '',
      ].join('\n'),
      'rl/exp_manager.py': [
        'from stable_baselines3.common.callbacks import EvalCallback',
        'class Manager:',
        '    default_vec_env_cls = None',
        '    def __init__(self, args):',
        '        self.args = args',
        '    @staticmethod',
        '    def is_atari(env_id):',
        '        return "NoFrameskip" in env_id',
        '    def setup_experiment(self):',
        '        self.callbacks = [EvalCallback(self.eval_env, eval_freq=10000)]',
        '        return self.model',
        '    def learn(self, model):',
        '        model.learn(self.n_timesteps, callback=self.callbacks)',
        '',
      ].join('\n'),
      // the zoo's enjoy.py asks the manager class a question and passes one of its attributes: it trains nothing
      'rl/enjoy.py': [
        'from rl.exp_manager import Manager',
        'def enjoy():',
        '    is_atari = Manager.is_atari(args.env)',
        '    env = create_env(args.env, vec_env_cls=Manager.default_vec_env_cls)',
        '    action, _ = model.predict(obs, deterministic=True)',
        'if __name__ == "__main__":',
        '    enjoy()',
        '',
      ].join('\n'),
      // learn() on something that is not an agent
      'other.py': 'from curriculum import Learner\nif __name__ == "__main__":\n    Learner().learn(lesson)\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['rl/train.py', 'train.py', 'train_ppo.py']);
    expect(reasonOf(r.trainingScripts, 'train_ppo.py')).toContain(
      'trains a reinforcement-learning agent with model.learn()',
    );
    expect(reasonOf(r.trainingScripts, 'train.py')).toContain("runs rl/train.py's train(), which trains");
    expect(paths(r.evaluationScripts)).toEqual(['eval_agent.py', 'rl/train.py', 'train.py']);
    expect(reasonOf(r.evaluationScripts, 'eval_agent.py')).toContain(
      'evaluates the agent with evaluate_policy()',
    );
    expect(reasonOf(r.evaluationScripts, 'rl/train.py')).toContain(
      'evaluates the agent during training with EvalCallback()',
    );
    expect(paths(r.inferenceScripts)).toEqual(['rl/enjoy.py']);
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.note}`).sort()).toEqual([
      'rl/train.py:set_random_seed(…)',
      'train_ppo.py:PPO(seed=…)',
    ]);
    expect(r.rlEnvironments.map((e) => `${e.path}:${e.note}`)).toEqual([
      'eval_agent.py:make_vec_env("CartPole-v1")',
      'train_ppo.py:gym.make("CartPole-v1")',
    ]);
    expect(r.datasetsUsed).toEqual([]);
  });

  it('offline RL loads recorded episodes: a dataset (Minari, D4RL), not only an environment', async () => {
    const r = await scan({
      'offline.py': [
        'import minari',
        'import d4rl',
        'import gym',
        'if __name__ == "__main__":',
        '    data = minari.load_dataset("D4RL/door/human-v2")',
        '    env = gym.make("halfcheetah-medium-v2")',
        '    ds = env.get_dataset()',
        '',
      ].join('\n'),
    });
    expect(r.datasetsUsed.map((d) => `${d.via}:${d.name}`)).toEqual([
      'minari:D4RL/door/human-v2',
      'd4rl:D4RL',
    ]);
    expect(r.rlEnvironments.map((e) => e.note)).toEqual(['gym.make("halfcheetah-medium-v2")']);
  });
});

describe('data downloads', () => {
  it('a download and a write count as data preparation only when one function does both (yolov5 detect.py)', async () => {
    const utils = [
      'import json',
      'import torch',
      'def check_file(url):',
      '    torch.hub.download_url_to_file(url, "file")',
      '    return "file"',
      'def strip_optimizer(f):',
      '    torch.save(torch.load(f), f)',
      'def fetch_split(url, out):',
      '    rows = requests.get(url).json()',
      '    json.dump(rows, open(out, "w"))',
      '',
    ].join('\n');
    const r = await scan({
      'utils/__init__.py': '',
      'utils/general.py': utils.replace('import json', 'import json\nimport requests'),
      // reaches a file download in one helper and a model save in another
      'detect.py': [
        'from utils.general import check_file, strip_optimizer',
        'def run(source):',
        '    source = check_file(source)',
        '    strip_optimizer("best.pt")',
        'if __name__ == "__main__":',
        '    run("img.jpg")',
        '',
      ].join('\n'),
      // reaches a helper that downloads and writes in the same function
      'build_split.py':
        'from utils.general import fetch_split\nif __name__ == "__main__":\n    fetch_split(URL, "split.json")\n',
    });
    expect(paths(r.dataPrepScripts)).toEqual(['build_split.py']);
    expect(reasonOf(r.dataPrepScripts, 'build_split.py')).toContain(
      'reads data with requests.get() and writes it with json.dump()',
    );
  });

  it('shell scripts that fetch data: named for it or kept in a data folder, and not fetching weights', async () => {
    const r = await scan({
      'data/scripts/get_coco.sh':
        "#!/bin/bash\nd='../datasets'\nurl=https://example.org/coco/\nf='coco2017labels.zip'\ncurl -L $url$f -o $f -# && unzip -q $f -d $d && rm $f &\n",
      'scripts/download_dataset.sh': 'wget -nc https://example.org/wikihow/wikihowAll.csv\n',
      'scripts/sync_data.sh': 'gsutil -m cp -r gs://bucket/tfrecords ./data\n',
      'scripts/get_kaggle.sh': 'kaggle competitions download -c titanic\n',
      // weights and tokenizers, whatever the name says
      'download.sh':
        'wget --continue ${URL/\'*\'/"LICENSE"} -O $DIR/LICENSE\nwget --continue ${URL/\'*\'/"$M/consolidated.00.pth"} -O $DIR/$M/consolidated.00.pth\n',
      'data/scripts/download_weights.sh': 'for m in s m l; do wget https://example.org/yolov5$m.zip; done\n',
      // a download in a script whose name and folder say nothing about data
      'scripts/setup_env.sh': 'curl -LsSf https://astral.sh/uv/install.sh | sh\n',
      // a Makefile target named for data
      Makefile: 'data:\n\twget https://example.org/corpus.tar.gz\nclean:\n\trm -rf build\n',
    });
    expect(paths(r.dataPrepScripts)).toEqual([
      'Makefile',
      'data/scripts/get_coco.sh',
      'scripts/download_dataset.sh',
      'scripts/get_kaggle.sh',
      'scripts/sync_data.sh',
    ]);
    expect(reasonOf(r.dataPrepScripts, 'data/scripts/get_coco.sh')).toBe('downloads data with curl (line 5)');
    expect(reasonOf(r.dataPrepScripts, 'scripts/sync_data.sh')).toBe(
      'downloads data with gsutil cp (line 1)',
    );
    expect(reasonOf(r.dataPrepScripts, 'Makefile')).toBe('target `data` downloads data with wget (line 2)');
  });
});

describe('launchers', () => {
  it('a launcher of an HF-style script trains only when it passes --do_train (ChatGLM p-tuning scripts)', async () => {
    const main = [
      'from transformers import HfArgumentParser, Seq2SeqTrainingArguments, Seq2SeqTrainer',
      'def main():',
      '    (training_args,) = HfArgumentParser((Seq2SeqTrainingArguments,)).parse_args_into_dataclasses()',
      '    trainer = Seq2SeqTrainer(model=model, args=training_args)',
      '    if training_args.do_train:',
      '        trainer.train()',
      '    if training_args.do_eval:',
      '        trainer.evaluate()',
      '    if training_args.do_predict:',
      '        trainer.predict(test_dataset)',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const r = await scan({
      'ptuning/main.py': main,
      'ptuning/train.sh':
        'CUDA_VISIBLE_DEVICES=0 python3 main.py \\\n    --do_train \\\n    --output_dir out\n',
      'ptuning/evaluate.sh':
        'CUDA_VISIBLE_DEVICES=0 python3 main.py \\\n    --do_predict \\\n    --ptuning_checkpoint ./output/$CHECKPOINT \\\n    --pre_seq_len $PRE_SEQ_LEN \\\n    --validation_file data/dev.json\n',
      'ptuning/off.sh': 'python3 main.py --do_train False --do_eval\n',
      // the flags may be in the variable or the arguments file: trusted to train as before
      'ptuning/vars.sh': 'python3 main.py $ARGS\n',
      'ptuning/file.sh': 'python3 main.py args.json\n',
    });
    expect(paths(r.trainingScripts)).toEqual([
      'ptuning/file.sh',
      'ptuning/main.py',
      'ptuning/train.sh',
      'ptuning/vars.sh',
    ]);
    expect(paths(r.evaluationScripts)).toContain('ptuning/evaluate.sh');
    expect(paths(r.evaluationScripts)).toContain('ptuning/off.sh');
  });

  it('a script named relative to the launcher\'s own folder ($(dirname "$0")/train.py) is that file', async () => {
    const train = 'if __name__ == "__main__":\n    loss.backward()\n    optimizer.step()\n';
    const r = await scan({
      'tools/train.py': train,
      'tools/test.py':
        'import torch\nif __name__ == "__main__":\n    with torch.no_grad():\n        model.eval()\n',
      'tools/dist_train.sh':
        'PYTHONPATH="$(dirname $0)/..":$PYTHONPATH \\\npython -m torch.distributed.launch --nproc_per_node=$GPUS \\\n    $(dirname "$0")/train.py $CONFIG --launcher pytorch\n',
      'tools/slurm_test.sh': 'srun python -u $(dirname ${BASH_SOURCE[0]})/test.py $CONFIG\n',
      // beside the launcher there is no such file: the name is all there is
      'scripts/launch.sh': 'python $(dirname "$0")/pretrain.py\n',
      // train.py is in tools/, not beside this launcher: the launcher\'s folder is not searched elsewhere
      'scripts/wrong.sh': 'python $(dirname "$0")/test.py\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['scripts/launch.sh', 'tools/dist_train.sh', 'tools/train.py']);
    expect(reasonOf(r.trainingScripts, 'tools/dist_train.sh')).toContain(
      'train.py (line 1), which calls loss.backward() and optimizer.step()',
    );
    expect(reasonOf(r.trainingScripts, 'scripts/launch.sh')).toContain('is not in the repository');
    expect(paths(r.evaluationScripts)).toEqual(['tools/slurm_test.sh', 'tools/test.py']);
  });

  it('shell, Slurm and Makefile launchers of training, with reasons naming the command', async () => {
    const r = await scan({
      'tools/train.py': 'if __name__ == "__main__":\n    loss.backward()\n    optimizer.step()\n',
      'tools/test.py':
        'import torch\nif __name__ == "__main__":\n    with torch.no_grad():\n        model.eval()\n',
      'pkg/__init__.py': '',
      'pkg/train.py':
        'def main():\n    loss.backward()\n    optimizer.step()\nif __name__ == "__main__":\n    main()\n',
      'scripts/dist_train.sh':
        '#!/bin/bash\nset -e\nexport CUBLAS_WORKSPACE_CONFIG=:4096:8\ntorchrun --nproc_per_node=8 \\\n  tools/train.py --seed 3 --cfg x.yaml\n',
      'scripts/legacy.sh':
        'CUDA_VISIBLE_DEVICES=0,1 python -m torch.distributed.launch --nproc_per_node 2 tools/train.py\n',
      'jobs/run.slurm': '#!/bin/bash\n#SBATCH --gres=gpu:4\nsrun python -u -m pkg.train --epochs 90\n',
      'jobs/ft.sbatch': '#SBATCH -N 1\naccelerate launch --config_file acc.yaml finetune_llama.py\n',
      'jobs/ds.sh': 'deepspeed --num_gpus 8 run_sft.py --deepspeed ds.json\n',
      'jobs/eval.sh': 'cd tools && python test.py --ckpt best.pth\n',
      'jobs/other.sh':
        'python setup.py build\npip install -r requirements.txt\necho python train.py\npython tests/test_train.py\npython -m pytest tests\n',
      'tests/test_train.py': 'def test_x():\n    loss.backward()\n    optimizer.step()\n',
      'jobs/glue.sh': 'python run_glue_external.py --model_name_or_path bert-base-cased --do_eval\n',
      'run_all.sh': 'bash scripts/dist_train.sh\n',
      Makefile: '.PHONY: train lint\n\ntrain:\n\t$(PYTHON) -m pkg.train\n\nlint:\n\tflake8 .\n',
    });
    expect(paths(r.trainingScripts)).toEqual([
      'Makefile',
      'jobs/ds.sh',
      'jobs/ft.sbatch',
      'jobs/run.slurm',
      'pkg/train.py',
      'run_all.sh',
      'scripts/dist_train.sh',
      'scripts/legacy.sh',
      'tools/train.py',
    ]);
    expect(reasonOf(r.trainingScripts, 'Makefile')).toMatch(
      /^target `train` runs python -m pkg\.train \(line 4\), which calls loss\.backward\(\)/,
    );
    expect(reasonOf(r.trainingScripts, 'scripts/dist_train.sh')).toContain(
      'runs torchrun tools/train.py (line 4)',
    );
    expect(reasonOf(r.trainingScripts, 'scripts/legacy.sh')).toContain(
      'torch.distributed.launch tools/train.py',
    );
    expect(reasonOf(r.trainingScripts, 'jobs/ft.sbatch')).toContain(
      'finetune_llama.py is not in the repository',
    );
    expect(reasonOf(r.trainingScripts, 'run_all.sh')).toContain('runs scripts/dist_train.sh (line 1)');
    expect(paths(r.evaluationScripts)).toEqual(['jobs/eval.sh', 'jobs/glue.sh', 'tools/test.py']);
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.line}:${e.note}`)).toEqual([
      'scripts/dist_train.sh:4:passes --seed 3',
    ]);
    expect(r.determinism.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['scripts/dist_train.sh:3']);
  });

  it('console scripts from pyproject.toml, setup.cfg and setup.py make modules entry points', async () => {
    const r = await scan({
      'pyproject.toml':
        '[project]\nname = "mypkg"\n[project.scripts]\nmypkg-train = "mypkg.cli:train_main"\n',
      'setup.cfg': '[options.entry_points]\nconsole_scripts =\n    mypkg-eval = mypkg.evaluation:main\n',
      'setup.py':
        'from setuptools import setup\nsetup(entry_points={"console_scripts": ["mypkg-gen = mypkg.gen:run"]})\n',
      'mypkg/__init__.py': '',
      'mypkg/cli.py': 'from mypkg.loop import fit\ndef train_main():\n    fit()\ndef unused():\n    pass\n',
      'mypkg/loop.py': 'def fit():\n    loss.backward()\n    opt.step()\n',
      'mypkg/evaluation.py':
        'import evaluate\ndef main():\n    m = evaluate.load("accuracy")\n    for split in ["test"]:\n        m.compute(predictions=p, references=r)\n',
      'mypkg/gen.py': 'def run():\n    out = model.generate(ids)\n',
      'scripts/go.sh': 'mypkg-train --lr 3e-4\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['mypkg/cli.py', 'scripts/go.sh']);
    expect(reasonOf(r.trainingScripts, 'mypkg/cli.py')).toContain(
      'console script `mypkg-train` in pyproject.toml',
    );
    expect(paths(r.evaluationScripts)).toEqual(['mypkg/evaluation.py']);
    expect(paths(r.inferenceScripts)).toEqual(['mypkg/gen.py']);
  });
});

describe('evaluation, inference and data preparation', () => {
  it('metrics over held-out data are evaluation; unit tests are not', async () => {
    const r = await scan({
      'eval.py': [
        'import torch',
        'from torchmetrics.classification import MulticlassAccuracy',
        'if __name__ == "__main__":',
        '    acc = MulticlassAccuracy(num_classes=10)',
        '    loader = make_loader("test")',
        '    with torch.no_grad():',
        '        for x, y in loader:',
        '            acc.update(model(x), y)',
        '',
      ].join('\n'),
      'tests/test_model.py':
        'from sklearn.metrics import accuracy_score\ndef test_acc():\n    assert accuracy_score([1], [1]) == 1\n',
      'model_test.py':
        'import torch\nif __name__ == "__main__":\n    with torch.no_grad():\n        model.eval()\n',
      'test.py':
        'import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        self.assertTrue(model.evaluate(x))\nif __name__ == "__main__":\n    unittest.main()\n',
      'lm.py':
        'import lm_eval\nif __name__ == "__main__":\n    lm_eval.simple_evaluate(model="hf", tasks=["hellaswag"])\n',
      'run_lm_eval.sh': 'lm_eval --model hf --tasks arc_easy\n',
    });
    expect(paths(r.evaluationScripts)).toEqual(['eval.py', 'lm.py', 'run_lm_eval.sh']);
    expect(paths(r.trainingScripts)).toEqual([]);
  });

  it('inference: generate, pipelines, gradio/streamlit demos, predict, hubconf.py', async () => {
    const r = await scan({
      'sample.py':
        'import torch\nmodel = GPT.from_pretrained("gpt2")\nmodel.eval()\ny = model.generate(x, 100)\n',
      'app.py':
        'import gradio as gr\ndemo = gr.Interface(fn=predict, inputs="text", outputs="text")\ndemo.launch()\n',
      'ui.py': 'import streamlit as st\nst.title("demo")\n',
      'pipe.py':
        'from transformers import pipeline\nif __name__ == "__main__":\n    p = pipeline("text-generation", model="org/model")\n    print(p("hi"))\n',
      'predict.py':
        'import joblib\nif __name__ == "__main__":\n    clf = joblib.load("model.pkl")\n    print(clf.predict(new_rows))\n',
      'hubconf.py': 'dependencies = ["torch"]\ndef resnet(pretrained=False):\n    return None\n',
      'utils/sampling.py': 'def generate(model, x):\n    return model.generate(x)\n',
    });
    expect(paths(r.inferenceScripts)).toEqual([
      'app.py',
      'hubconf.py',
      'pipe.py',
      'predict.py',
      'sample.py',
      'ui.py',
    ]);
    expect(r.weights.hubconf).toBe('hubconf.py');
  });

  it('data preparation scripts; a seed in a data-split script is not a training seed', async () => {
    const r = await scan({
      'data/shakespeare/prepare.py': [
        'import requests, numpy as np, tiktoken',
        "url = 'https://example.org/tiny/input.txt'",
        'text = requests.get(url).text',
        'ids = tiktoken.get_encoding("gpt2").encode_ordinary(text)',
        'np.array(ids).tofile("train.bin")',
        '',
      ].join('\n'),
      'split_data.py': [
        'import numpy as np, json',
        'np.random.seed(0)',
        'if __name__ == "__main__":',
        '    rows = json.load(open("all.json"))',
        '    np.random.shuffle(rows)',
        '    json.dump(rows[:100], open("val.json", "w"))',
        '',
      ].join('\n'),
      'train.py': 'if __name__ == "__main__":\n    loss.backward()\n    optimizer.step()\n',
    });
    expect(paths(r.dataPrepScripts)).toEqual(['data/shakespeare/prepare.py', 'split_data.py']);
    expect(paths(r.trainingScripts)).toEqual(['train.py']);
    expect(r.seeds).toEqual({ set: false, evidence: [] });
    expect(r.datasetsUsed.map((d) => `${d.via}:${d.name}`)).toEqual([
      'url:https://example.org/tiny/input.txt',
    ]);
  });
});

describe('notebooks', () => {
  const nb = (cells: { type: string; source: string[] }[], extra = '') =>
    JSON.stringify(
      {
        cells: cells.map((c) => ({
          cell_type: c.type,
          metadata: {},
          ...(c.type === 'code'
            ? { execution_count: 1, outputs: [{ output_type: 'stream', text: ['x'.repeat(50)] }] }
            : {}),
          source: c.source,
        })),
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ) + extra;

  it('a notebook that fits a model is a training entry point, with notebook line numbers', async () => {
    const text = nb([
      { type: 'markdown', source: ['# Train\n', 'Some words.\n'] },
      {
        type: 'code',
        source: ['!pip install tensorflow\n', 'import tensorflow as tf\n', '%matplotlib inline\n'],
      },
      {
        type: 'code',
        source: [
          'model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n',
          'model.compile(optimizer="sgd", loss="mse")\n',
          'model.fit(x, y, epochs=5)\n',
        ],
      },
    ]);
    const r = await scan({ 'notebooks/train.ipynb': text });
    expect(paths(r.trainingScripts)).toEqual(['notebooks/train.ipynb']);
    const fitLine = text.split('\n').findIndex((l) => l.includes('model.fit(x, y')) + 1;
    expect(r.trainingScripts[0]!.line).toBe(fitLine);
    expect(r.trainingScripts[0]!.reason).toMatch(/^notebook compiles a Keras model/);
    expect(r.findings).toEqual([]);
  });

  it('reads the code of a truncated notebook and reports it; a notebook that runs !python train.py launches it', async () => {
    const full = nb([
      { type: 'code', source: ['!python train.py --epochs 1\n'] },
      { type: 'code', source: ['import torch\n', 'torch.manual_seed(0)\n'] },
      { type: 'code', source: ['print("done")\n'] },
    ]);
    const cut = full.slice(0, full.indexOf('print('));
    const r = await scan({
      'run.ipynb': cut,
      'broken.ipynb': '{"cells": [ {"cell_type": "code", "source": ["x = ', // invalid and cut short
      'not_json.ipynb': 'hello',
      'train.py': 'if __name__ == "__main__":\n    loss.backward()\n    optimizer.step()\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['run.ipynb', 'train.py']);
    expect(reasonOf(r.trainingScripts, 'run.ipynb')).toContain('runs python train.py');
    expect(r.findings.map((f) => f.path).sort()).toEqual(['broken.ipynb', 'not_json.ipynb', 'run.ipynb']);
    // the seed in the launching notebook is not in training code (train.py is)
    expect(r.seeds.set).toBe(false);
  });

  it('reports a script under eval/ that trains a probe on frozen features as evaluation, not training (dinov2)', async () => {
    const probe =
      'import torch\n\ndef eval_linear(model, loader):\n    head = torch.nn.Linear(768, 1000)\n' +
      '    opt = torch.optim.SGD(head.parameters(), lr=0.1)\n    for x, y in loader:\n' +
      '        loss = torch.nn.functional.cross_entropy(head(model(x)), y)\n        opt.zero_grad()\n' +
      '        loss.backward()\n        opt.step()\n\nif __name__ == "__main__":\n    eval_linear(None, [])\n';
    const r = await scan({
      'pkg/eval/linear.py': probe,
      'tools/eval_knn_probe.py': probe,
      'pkg/train/train.py': probe.replaceAll('eval_linear', 'train_one_epoch'),
    });
    expect(paths(r.trainingScripts)).toEqual(['pkg/train/train.py']);
    expect(paths(r.evaluationScripts)).toEqual(['pkg/eval/linear.py', 'tools/eval_knn_probe.py']);
    expect(reasonOf(r.evaluationScripts, 'pkg/eval/linear.py')).toMatch(
      /^evaluation protocol: trains an evaluation head/,
    );
  });
});

describe('scripts and notebooks in a demo/ or inference/ folder', () => {
  // MAE's demo/mae_visualize.ipynb: builds the model, loads a checkpoint, runs it on an image and plots the result
  const cell = (source: string) => ({ cell_type: 'code', metadata: {}, outputs: [], source: [source] });
  const notebook = (...sources: string[]) =>
    JSON.stringify({ cells: sources.map(cell), metadata: {}, nbformat: 4, nbformat_minor: 4 });
  const MODEL =
    'import torch.nn as nn\n\nclass MaskedAutoencoder(nn.Module):\n    def forward(self, x):\n        return x\n';

  it('are inference when they load a model', async () => {
    const r = await scan({
      'models_mae.py': MODEL,
      'demo/mae_visualize.ipynb': notebook(
        'import torch\nimport models_mae\n',
        "def prepare_model(path):\n    model = models_mae.MaskedAutoencoder()\n    checkpoint = torch.load(path, map_location='cpu')\n    model.load_state_dict(checkpoint['model'])\n    return model\n",
        "model = prepare_model('mae_visualize_vit_large.pth')\nloss, y, mask = model(x, mask_ratio=0.75)\n",
      ),
      'inference/run.py': `import torch\nfrom models_mae import MaskedAutoencoder\n\nif __name__ == "__main__":\n    m = MaskedAutoencoder()\n    m.load_state_dict(torch.load("w.pt"))\n    print(m(torch.zeros(1)))\n`,
    });
    expect(paths(r.inferenceScripts)).toEqual(['demo/mae_visualize.ipynb', 'inference/run.py']);
    expect(reasonOf(r.inferenceScripts, 'demo/mae_visualize.ipynb')).toMatch(
      /sits in demo\/ and loads a model with torch\.load\(\)/,
    );
  });

  it('are not when they load no model, or sit deeper down', async () => {
    const r = await scan({
      'models_mae.py': MODEL,
      // plots the data only
      'demo/look_at_data.ipynb': notebook('import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\n'),
      // the folder's name counts only for files straight in it
      'demo/tools/convert.py': `import torch\n\nif __name__ == "__main__":\n    sd = torch.load("a.pt")\n    torch.save(sd, "b.pt")\n`,
      // a name that says nothing, outside such a folder
      'notebooks/mae_visualize.ipynb': notebook(
        "import torch\nimport models_mae\nmodel = models_mae.MaskedAutoencoder()\nmodel.load_state_dict(torch.load('w.pth'))\n",
      ),
    });
    expect(paths(r.inferenceScripts)).toEqual([]);
  });
});

describe('scikit-learn evaluation', () => {
  const SK = 'import numpy as np\nfrom sklearn.linear_model import LogisticRegression\n';

  it('metrics after train_test_split, and cross-validation, are evaluation', async () => {
    const r = await scan({
      // mlflow's wine example: the helper is named for metrics, the split is scikit-learn's
      'train.py': `${SK}from sklearn.metrics import mean_squared_error\nfrom sklearn.model_selection import train_test_split\n\ndef eval_metrics(actual, pred):\n    return np.sqrt(mean_squared_error(actual, pred))\n\nif __name__ == "__main__":\n    train, test = train_test_split(data)\n    lr = LogisticRegression()\n    lr.fit(train_x, train_y)\n    print(eval_metrics(test_y, lr.predict(test_x)))\n`,
      'cv.py': `${SK}from sklearn.model_selection import cross_val_score\n\nif __name__ == "__main__":\n    print(cross_val_score(LogisticRegression(), X, y, cv=5).mean())\n`,
    });
    expect(paths(r.evaluationScripts)).toEqual(['cv.py', 'train.py']);
    expect(reasonOf(r.evaluationScripts, 'train.py')).toContain(
      'computes metrics with mean_squared_error() on held-out data',
    );
    expect(reasonOf(r.evaluationScripts, 'cv.py')).toContain('cross-validates with cross_val_score()');
  });

  it('metrics on the training data alone are not', async () => {
    const r = await scan({
      'train.py': `${SK}from sklearn.metrics import accuracy_score\n\nif __name__ == "__main__":\n    lr = LogisticRegression()\n    lr.fit(X, y)\n    print(accuracy_score(y, lr.predict(X)))\n`,
    });
    expect(paths(r.trainingScripts)).toEqual(['train.py']);
    expect(paths(r.evaluationScripts)).toEqual([]);
  });
});

describe('an AMP loss scaler that steps the optimizer', () => {
  // DeiT: timm's NativeScaler runs backward and the optimizer step; the training loop only calls it
  const ENGINE = [
    'import torch',
    '',
    'def train_one_epoch(model, criterion, data_loader, optimizer, device, epoch, loss_scaler, max_norm=0):',
    '    model.train()',
    '    for samples, targets in data_loader:',
    '        with torch.cuda.amp.autocast():',
    '            outputs = model(samples)',
    '            loss = criterion(outputs, targets)',
    '        optimizer.zero_grad()',
    '        loss_scaler(loss, optimizer, clip_grad=max_norm, parameters=model.parameters())',
    '',
  ].join('\n');

  it("is training, whether the scaler is timm's or named so and given the loss and the optimizer", async () => {
    const r = await scan({
      'engine.py': ENGINE,
      'main.py': [
        'import torch',
        'from timm.utils import NativeScaler',
        'from engine import train_one_epoch',
        '',
        'def main(args):',
        '    model = build(args)',
        '    optimizer = torch.optim.AdamW(model.parameters())',
        '    loss_scaler = NativeScaler()',
        '    for epoch in range(args.epochs):',
        '        train_one_epoch(model, criterion, loader, optimizer, "cuda", epoch, loss_scaler)',
        '',
        'if __name__ == "__main__":',
        '    main(parse())',
        '',
      ].join('\n'),
      // the scaler held in a variable of another name, called with other argument names
      'finetune.py': [
        'from timm.utils import NativeScaler',
        '',
        'if __name__ == "__main__":',
        '    amp_scaler = NativeScaler()',
        '    for batch in loader:',
        '        amp_scaler(criterion(model(batch)), opt)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['finetune.py', 'main.py']);
    expect(reasonOf(r.trainingScripts, 'main.py')).toContain(
      'steps the optimizer through an AMP loss scaler (loss_scaler(…)) in train_one_epoch() of engine.py',
    );
  });

  it('is not any call named scaler', async () => {
    const r = await scan({
      'prep.py': [
        'from sklearn.preprocessing import MinMaxScaler',
        '',
        'def min_max_scaler(frame, columns):',
        '    return frame',
        '',
        'if __name__ == "__main__":',
        '    df = min_max_scaler(df, ["a", "b"])',
        '    X = standard_scaler(X_train, y_train)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual([]);
  });
});

describe('scripts in a data folder', () => {
  // improved-diffusion's datasets/cifar10.py: downloads CIFAR-10 with torchvision and dumps it as PNG files
  const DUMP = [
    'import os, tempfile',
    'import torchvision',
    '',
    'def main():',
    '    for split in ["train", "test"]:',
    '        with tempfile.TemporaryDirectory() as tmp_dir:',
    '            dataset = torchvision.datasets.CIFAR10(root=tmp_dir, train=split == "train", download=True)',
    '        for i in range(len(dataset)):',
    '            image, label = dataset[i]',
    '            image.save(os.path.join(f"cifar_{split}", f"{i:05d}.png"))',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');

  it('prepare data, at the root or under scripts/', async () => {
    const r = await scan({ 'datasets/cifar10.py': DUMP, 'scripts/data/cifar10.py': DUMP });
    expect(paths(r.dataPrepScripts)).toEqual(['datasets/cifar10.py', 'scripts/data/cifar10.py']);
    expect(reasonOf(r.dataPrepScripts, 'datasets/cifar10.py')).toContain(
      'sits in datasets/ and reads data with torchvision.datasets.CIFAR10()',
    );
  });

  it("do not inside a package, where the folder holds the package's dataset modules", async () => {
    // detectron2/data/datasets/cityscapes.py ends with a __main__ block that loads and shows a few images
    const r = await scan({ 'mylib/__init__.py': '', 'mylib/datasets/cifar10.py': DUMP });
    expect(paths(r.dataPrepScripts)).toEqual([]);
  });
});

describe('JAX demos that load a model', () => {
  const cell = (source: string) => ({ cell_type: 'code', metadata: {}, outputs: [], source: [source] });
  const notebook = (...sources: string[]) =>
    JSON.stringify({ cells: sources.map(cell), metadata: {}, nbformat: 4, nbformat_minor: 4 });

  it("are inference through a model module's loader or flax's restore_checkpoint", async () => {
    const r = await scan({
      // big_vision's SigLIP_demo.ipynb
      'SigLIP_demo.ipynb': notebook(
        "import importlib\nmodel_mod = importlib.import_module('big_vision.models.proj.image_text.two_towers')\nmodel = model_mod.Model(**model_cfg)\n",
        "params = model_mod.load(init_params, '/tmp/webli_en_b16_224.npz', model_cfg)\nzimg, _, out = model.apply({'params': params}, imgs, None)\n",
      ),
      'demo_restore.py': `from flax.training import checkpoints\n\nif __name__ == "__main__":\n    state = checkpoints.restore_checkpoint("ckpt/", target=None)\n    print(state)\n`,
      // reading a JSON file in a demo is not loading a model
      'demo_config.py': `import json\n\nif __name__ == "__main__":\n    cfg = json.load(open("cfg.json"))\n    print(cfg)\n`,
    });
    expect(paths(r.inferenceScripts)).toEqual(['SigLIP_demo.ipynb', 'demo_restore.py']);
    expect(reasonOf(r.inferenceScripts, 'SigLIP_demo.ipynb')).toContain(
      'loads a model with model_mod.load()',
    );
  });
});

describe('a metric written by hand', () => {
  const cell = (source: string) => ({ cell_type: 'code', metadata: {}, outputs: [], source: [source] });
  const notebook = (...sources: string[]) =>
    JSON.stringify({ cells: sources.map(cell), metadata: {}, nbformat: 4, nbformat_minor: 4 });
  const ACCURACY =
    'def accuracy(output, target, topk=(1,)):\n    pred = output.topk(max(topk), 1, True, True)[1].t()\n    correct = pred.eq(target.view(1, -1).expand_as(pred))\n    return [float(correct[:k].reshape(-1).float().sum(0)) for k in topk]\n';

  it("evaluates when the model runs without gradients (CLIP's zero-shot ImageNet notebook)", async () => {
    const r = await scan({
      'notebooks/zero_shot_imagenet.ipynb': notebook(
        'import torch\nimport clip\nmodel, preprocess = clip.load("ViT-B/32")\n',
        ACCURACY,
        'with torch.no_grad():\n    top1, n = 0., 0.\n    for images, target in loader:\n        logits = 100. * model.encode_image(images) @ zeroshot_weights\n        acc1, acc5 = accuracy(logits, target, topk=(1, 5))\n        top1 += acc1\n        n += images.size(0)\nprint(top1 / n * 100)\n',
      ),
      // the same function on training batches, with gradients: a training log, not an evaluation
      'notebooks/finetune.ipynb': notebook(
        'import torch\n',
        ACCURACY,
        'for images, target in loader:\n    logits = model(images)\n    acc1, = accuracy(logits, target)\n    print(acc1)\n',
      ),
      // a name that is not defined or imported anywhere is not a known metric
      'notebooks/other.ipynb': notebook(
        'import torch\n',
        'with torch.no_grad():\n    out = model(x)\n    print(acc(out, y))\n',
      ),
    });
    expect(paths(r.evaluationScripts)).toEqual(['notebooks/zero_shot_imagenet.ipynb']);
    expect(reasonOf(r.evaluationScripts, 'notebooks/zero_shot_imagenet.ipynb')).toContain(
      'computes accuracy() while the model runs without gradients',
    );
  });
});

describe('TensorFlow evaluation functions', () => {
  it("an evaluation function calling the model with training=False and keeping Keras metrics evaluates (SimCLR's tf2/run.py)", async () => {
    const r = await scan({
      'tf2/run.py': [
        'import tensorflow.compat.v2 as tf',
        'from absl import app',
        'def perform_evaluation(model, ds, ckpt, strategy):',
        "  top_1 = tf.keras.metrics.Accuracy('eval/label_top_1_accuracy')",
        '  tf.train.Checkpoint(model=model).restore(ckpt).expect_partial()',
        '  def single_step(features, labels):',
        '    _, outputs = model(features, training=False)',
        '    top_1.update_state(tf.argmax(labels, 1), tf.argmax(outputs, 1))',
        '  for x, y in ds:',
        '    strategy.run(single_step, (x, y))',
        '  return top_1.result()',
        'def main(argv):',
        '  perform_evaluation(model, eval_ds, FLAGS.checkpoint, strategy)',
        "if __name__ == '__main__':",
        '  app.run(main)',
        '',
      ].join('\n'),
      // running means of a loss in inference mode are not a score of the model
      'tf2/loss_only.py': [
        'import tensorflow as tf',
        'def eval_loss(model, ds):',
        "  loss = tf.keras.metrics.Mean('eval/loss')",
        '  for x, y in ds:',
        '    loss.update_state(model.loss_fn(y, model(x, training=False)))',
        '  return loss.result()',
        "if __name__ == '__main__':",
        '  print(eval_loss(model, ds))',
        '',
      ].join('\n'),
    });
    expect(paths(r.evaluationScripts)).toEqual(['tf2/run.py']);
    expect(reasonOf(r.evaluationScripts, 'tf2/run.py')).toContain(
      'evaluates the model in inference mode (training=False) with tf.keras.metrics.Accuracy() in perform_evaluation()',
    );
  });
});

describe('loading and initialising without running', () => {
  it('deepspeed.initialize() trains only when the engine is stepped (gpt-neox tools/ckpts/)', async () => {
    const r = await scan({
      'train_ds.py': [
        'import deepspeed',
        'def main():',
        '    engine, optimizer, _, _ = deepspeed.initialize(model=model, model_parameters=params, config=cfg)',
        '    for batch in loader:',
        '        loss = engine(batch)',
        '        engine.backward(loss)',
        '        engine.step()',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      // initialises the engine to write a checkpoint in its layout, never steps it
      'tools/ckpts/convert_to_sequential.py': [
        'import deepspeed',
        'if __name__ == "__main__":',
        '    model, optimizer, _, lr_scheduler = deepspeed.initialize(model=model, args=args)',
        '    model.load_state_dict(converted)',
        '    save_checkpoint(neox_args, 0, model, optimizer, lr_scheduler)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['train_ds.py']);
  });

  it('a tokenizer loaded by a script named like inference is not a model (gpt-neox preprocess_data_with_chat_template.py)', async () => {
    const r = await scan({
      'tools/preprocess_data_with_chat_template.py': [
        'from transformers import AutoTokenizer',
        'def main():',
        '    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer_path)',
        '    for doc in docs:',
        '        ids = tokenizer.apply_chat_template(doc)',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'chat.py': [
        'from transformers import AutoModelForCausalLM, AutoTokenizer',
        'if __name__ == "__main__":',
        '    tok = AutoTokenizer.from_pretrained("gpt2")',
        '    model = AutoModelForCausalLM.from_pretrained("gpt2")',
        '    print(model(tok("hi", return_tensors="pt").input_ids))',
        '',
      ].join('\n'),
    });
    expect(paths(r.inferenceScripts)).toEqual(['chat.py']);
    expect(reasonOf(r.inferenceScripts, 'chat.py')).toContain('AutoModelForCausalLM.from_pretrained()');
  });
});

describe('seeds one module further', () => {
  it('a seed set by a function that the training module calls in another module counts; the rest of that module does not (gpt-neox)', async () => {
    const r = await scan({
      'train.py':
        'from megatron.training import pretrain\n\nif __name__ == "__main__":\n    pretrain(args)\n',
      'megatron/__init__.py': '',
      'megatron/training.py': [
        'import torch',
        'from megatron.initialize import initialize_megatron',
        'def pretrain(args):',
        '    initialize_megatron(args)',
        '    model, optimizer = setup(args)',
        '    for batch in loader:',
        '        loss = model(batch)',
        '        loss.backward()',
        '        optimizer.step()',
        '',
      ].join('\n'),
      'megatron/initialize.py': [
        'import random',
        'import numpy as np',
        'import torch',
        'def initialize_megatron(args):',
        '    _set_random_seed(args.seed)',
        'def _set_random_seed(seed):',
        '    if seed is not None and seed > 0:',
        '        random.seed(seed)',
        '        np.random.seed(seed)',
        '        torch.manual_seed(seed)',
        'def shuffle_split(docs):',
        '    random.seed(42)',
        '    random.shuffle(docs)',
        '',
      ].join('\n'),
    });
    expect(paths(r.trainingScripts)).toEqual(['train.py']);
    expect(r.seeds.evidence.map((e) => `${e.path}:${e.line}:${e.note}`)).toEqual([
      'megatron/initialize.py:8:random.seed(…)',
      'megatron/initialize.py:9:np.random.seed(…)',
      'megatron/initialize.py:10:torch.manual_seed(…)',
    ]);
  });
});

describe('console scripts that dispatch subcommands from a table', () => {
  it("each function in a jsonargparse or fire command table enters its own module (litgpt's `litgpt pretrain`)", async () => {
    const r = await scan({
      'pyproject.toml': '[project]\nname = "lit"\n\n[project.scripts]\nlit = "lit.__main__:main"\n',
      'lit/__init__.py': '',
      'lit/__main__.py': [
        'from jsonargparse import CLI',
        'from lit.pretrain import setup as pretrain_fn',
        'from lit.generate import main as generate_fn',
        'from lit.download import download_from_hub as download_fn',
        'PARSER_DATA = {"pretrain": pretrain_fn, "generate": generate_fn, "download": download_fn}',
        'def main() -> None:',
        '    CLI(PARSER_DATA)',
        '',
      ].join('\n'),
      // no __main__ guard: only the console script enters these modules
      'lit/pretrain.py': [
        'import torch',
        'def setup(lr: float = 1e-3):',
        '    fit(lr)',
        'def fit(lr):',
        '    for batch in loader:',
        '        loss = model(batch)',
        '        fabric.backward(loss)',
        '        optimizer.step()',
        '',
      ].join('\n'),
      'lit/generate.py': [
        'import torch',
        'def main(prompt: str):',
        '    model = GPT(config)',
        '    model.load_state_dict(torch.load("lit_model.pth"))',
        '    print(model.generate(tokenizer.encode(prompt)))',
        '',
      ].join('\n'),
      // downloads a model repository from the Hub: weights, not data, whatever the file name says
      'lit/download.py': [
        'from huggingface_hub import snapshot_download',
        'def download_from_hub(repo_id: str):',
        '    path = snapshot_download(repo_id, allow_patterns=["*.safetensors", "*.json"])',
        '    with open(f"{path}/done", "w") as f:',
        '        f.write("ok")',
        '',
      ].join('\n'),
      'scripts/download.py':
        'from huggingface_hub import snapshot_download\nif __name__ == "__main__":\n    p = snapshot_download("org/model")\n    open(p + "/x", "w").write("ok")\n',
      // the same download of a dataset repository is data
      'scripts/download_data.py':
        'from huggingface_hub import snapshot_download\nif __name__ == "__main__":\n    p = snapshot_download("org/corpus", repo_type="dataset")\n    open(p + "/x", "w").write("ok")\n',
      // a module whose function is in no table is not entered
      'lit/finetune.py': 'def setup():\n    fabric.backward(loss)\n    optimizer.step()\n',
    });
    expect(paths(r.trainingScripts)).toEqual(['lit/pretrain.py']);
    expect(reasonOf(r.trainingScripts, 'lit/pretrain.py')).toContain(
      '(console script `lit` in pyproject.toml)',
    );
    expect(paths(r.inferenceScripts)).toEqual(['lit/generate.py']);
    expect(paths(r.dataPrepScripts)).toEqual(['scripts/download_data.py']);
  });
});

describe('downloads of models are not data preparation', () => {
  it("a script named download.py that fetches pretrained weights is not data preparation (DiT's download.py)", async () => {
    const r = await scan({
      'download.py': [
        'from torchvision.datasets.utils import download_url',
        'import torch',
        'def download_model(model_name):',
        '    local_path = f"pretrained_models/{model_name}"',
        '    download_url(f"https://dl.example.org/DiT/models/{model_name}", "pretrained_models")',
        '    return torch.load(local_path)',
        'if __name__ == "__main__":',
        '    for model in ["DiT-XL-2-512x512.pt", "DiT-XL-2-256x256.pt"]:',
        '        download_model(model)',
        '',
      ].join('\n'),
      'download_data.py': [
        'from torchvision.datasets.utils import download_url',
        'def download_split(split):',
        '    download_url(f"https://dl.example.org/corpus/{split}.tar", "data")',
        'if __name__ == "__main__":',
        '    for split in ["train", "val"]:',
        '        download_split(split)',
        '',
      ].join('\n'),
    });
    expect(paths(r.dataPrepScripts)).toEqual(['download_data.py']);
  });
});
