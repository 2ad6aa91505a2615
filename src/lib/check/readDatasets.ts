import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { fileNameProblem, listContentFiles, parseFields, readJsonFile, type ParsedFile } from './readContentFile.ts';

/** Reads every dataset of `data/`: its file name, its JSON syntax, every field against the schema. */
export function readDatasets(root: string): ParsedFile<Dataset>[] {
  return listContentFiles(root, contentPaths.datasets, '.json').map(({ id, path, file }) => {
    const nameProblem = fileNameProblem(file, id);
    const problems: ContentProblem[] = nameProblem ? [nameProblem] : [];
    const read = readJsonFile(path, file);
    if (!read.ok) return { id, file, value: undefined, fields: {}, raw: undefined, problems: [...problems, ...read.problems] };
    const parsed = parseFields(file, datasetSchema, read.value);
    return { id, file, value: parsed.value, fields: parsed.fields, raw: read.value, problems: [...problems, ...parsed.problems] };
  });
}
