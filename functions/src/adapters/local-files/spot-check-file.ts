import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SpotCheck } from '../../../../schemas';
import type { SpotCheckSource } from '../../usecases/run-monthly-assessment';

/** The bureau's spot-check verdicts kept beside the plan tables as JSON (offline bureaus, the demo). */
export class SpotCheckFile implements SpotCheckSource {
  constructor(private readonly file: string) {}

  async list(gardenIds: readonly string[], months: readonly string[]): Promise<SpotCheck[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = z.array(SpotCheck).safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new SpotCheckFileError(`抽查记录文件“${path.basename(this.file)}”格式有误：${z.prettifyError(parsed.error)}`);
    }
    return parsed.data.filter((c) => gardenIds.includes(c.gardenId) && months.includes(c.month));
  }
}

export class SpotCheckFileError extends Error {
  override readonly name = 'SpotCheckFileError';
}
