#!/usr/bin/env bash
# Queues a sharded framediff run on Slurm: the map as a job array of SHARDS
# tasks, then the reduce, which starts only when every map task has succeeded
# (afterok; if one fails, the reduce stays pending with DependencyNeverSatisfied:
# resubmit the array, then the reduce, or `scancel` it).
#
#   SHARDS=32 CORPUS=/shared/a.jsonl LEXICON=/shared/l.yaml STORE=/shared/store \
#     OUT=/shared/results bash examples/slurm/submit.sh
#
# Every variable not given keeps the default written in the .sbatch files.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# CHANGE: how many parts (or pass SHARDS=... as above).
SHARDS=${SHARDS:-16}
export SHARDS

# --array on the command line overrides the #SBATCH line, so the range always
# matches SHARDS; --export=ALL hands CORPUS, STORE, ... to the job.
array_job=$(sbatch --parsable --export=ALL --array="0-$((SHARDS - 1))" "$here/framediff-array.sbatch")
array_job=${array_job%%;*} # --parsable prints "id" or "id;cluster"
reduce_job=$(sbatch --parsable --export=ALL --dependency="afterok:$array_job" "$here/framediff-reduce.sbatch")
reduce_job=${reduce_job%%;*}

echo "map: job array $array_job (tasks 0-$((SHARDS - 1))); reduce: job $reduce_job, after the map succeeds"
echo "watch: squeue -u \"\$USER\"   logs: framediff-map-${array_job}_<task>.log, framediff-reduce-${reduce_job}.log"
