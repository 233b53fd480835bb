import { CentreModel, UserModel, type CentreDocument, type UserDocument } from './user.model.js';
import type { UserRole } from './identity.types.js';

export interface User {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: UserRole[];
  centreId?: string;
  provinceCode?: string;
  regionCode?: string;
  employerId?: string;
  disabled: boolean;
  failedLogins: number;
  lockedUntil?: Date;
  demo: boolean;
}

export interface EmploymentCentre {
  id: string;
  name: string;
  provinceCode: string;
  regionCode: string;
}

export type NewUser = Omit<User, 'failedLogins' | 'lockedUntil' | 'disabled'> & { disabled?: boolean };
export type UserChanges = Partial<Pick<User, 'displayName' | 'passwordHash' | 'roles' | 'centreId' | 'provinceCode' | 'regionCode' | 'employerId' | 'disabled'>>;

function toUser(doc: UserDocument): User {
  const { _id, createdAt: _c, updatedAt: _u, lockedUntil, ...rest } = doc as UserDocument & { createdAt?: Date; updatedAt?: Date };
  return {
    ...rest,
    id: _id,
    roles: rest.roles as UserRole[],
    centreId: rest.centreId ?? undefined,
    provinceCode: rest.provinceCode ?? undefined,
    regionCode: rest.regionCode ?? undefined,
    employerId: rest.employerId ?? undefined,
    disabled: rest.disabled ?? false,
    failedLogins: rest.failedLogins ?? 0,
    demo: rest.demo ?? false,
    ...(lockedUntil ? { lockedUntil } : {}),
  };
}

export async function insertUser(user: NewUser): Promise<User> {
  const { id, ...fields } = user;
  await UserModel.create({ _id: id, ...fields });
  return (await findUserById(id))!;
}

export async function findUserById(id: string): Promise<User | undefined> {
  const doc = await UserModel.findById(id).lean<UserDocument>();
  return doc ? toUser(doc) : undefined;
}

export async function findUserByUsername(username: string): Promise<User | undefined> {
  const doc = await UserModel.findOne({ username: username.toLowerCase() }).lean<UserDocument>();
  return doc ? toUser(doc) : undefined;
}

export async function listUsers(): Promise<User[]> {
  const docs = await UserModel.find().sort({ username: 1 }).lean<UserDocument[]>();
  return docs.map(toUser);
}

export async function updateUser(id: string, changes: UserChanges): Promise<User | undefined> {
  const doc = await UserModel.findByIdAndUpdate(id, { $set: changes }, { returnDocument: 'after' }).lean<UserDocument>();
  return doc ? toUser(doc) : undefined;
}

/** One atomic update per failure, so parallel guesses cannot slip past the counter. */
export async function recordFailedLogin(id: string, maxFailures: number, lockMs: number): Promise<void> {
  const doc = await UserModel.findByIdAndUpdate(id, { $inc: { failedLogins: 1 } }, { returnDocument: 'after' }).lean<UserDocument>();
  if (doc && (doc.failedLogins ?? 0) >= maxFailures) {
    await UserModel.updateOne({ _id: id }, { $set: { lockedUntil: new Date(Date.now() + lockMs), failedLogins: 0 } });
  }
}

export async function clearFailedLogins(id: string): Promise<void> {
  await UserModel.updateOne({ _id: id }, { $set: { failedLogins: 0 }, $unset: { lockedUntil: 1 } });
}

function toCentre(doc: CentreDocument): EmploymentCentre {
  return { id: doc._id, name: doc.name, provinceCode: doc.provinceCode, regionCode: doc.regionCode };
}

export async function upsertCentre(centre: EmploymentCentre): Promise<EmploymentCentre> {
  const { id, ...fields } = centre;
  await CentreModel.updateOne({ _id: id }, { $set: fields }, { upsert: true });
  return centre;
}

export async function findCentreById(id: string): Promise<EmploymentCentre | undefined> {
  const doc = await CentreModel.findById(id).lean<CentreDocument>();
  return doc ? toCentre(doc) : undefined;
}

export async function listCentres(): Promise<EmploymentCentre[]> {
  const docs = await CentreModel.find().sort({ _id: 1 }).lean<CentreDocument[]>();
  return docs.map(toCentre);
}
