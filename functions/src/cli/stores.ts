import { SpotCheckFileError } from '../adapters/local-files/spot-check-file';
import type { DatabaseRequest } from '../local/database-choice';
import { openStores, type OpenedStores } from '../local/firestore-stores';
import { UseCaseFailure } from '../usecases/errors';
import { CannotRunError } from './assess-folder';
import type { Io } from './io';

/** Opens the database, runs `body`, always closes; maps "cannot run" failures to a Chinese message and exit 2. */
export async function withStores(
  env: NodeJS.ProcessEnv,
  io: Io,
  body: (opened: OpenedStores) => Promise<number>,
  database: Omit<DatabaseRequest, 'credentialsProject'> = {},
): Promise<number> {
  let opened: OpenedStores;
  try {
    opened = await openStores(env, env.BANGFU_HOME || process.cwd(), database);
  } catch (error) {
    io.err(`无法连接数据库：${(error as Error).message}`);
    return 2;
  }
  try {
    return await body(opened);
  } catch (error) {
    if (error instanceof CannotRunError || error instanceof SpotCheckFileError) io.err(error.message);
    else if (error instanceof UseCaseFailure) io.err(error.userMessage);
    else throw error;
    return 2;
  } finally {
    await opened.close();
  }
}
