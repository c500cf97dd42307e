import { MeSchema } from '@shared/schemas.ts';
import type { LoginBody, Me, SignupBody } from '@shared/schemas.ts';
import { ApiError, requestEmpty, requestJson } from './http.ts';

/** Creates an account and its district workspace; the server sets the session cookie. */
export function signUp(body: SignupBody): Promise<Me> {
  return requestJson('POST', '/api/auth/signup', MeSchema, body);
}

export function signIn(body: LoginBody): Promise<Me> {
  return requestJson('POST', '/api/auth/login', MeSchema, body);
}

export function signOut(): Promise<void> {
  return requestEmpty('POST', '/api/auth/logout');
}

/** The signed-in person, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestJson('GET', '/api/me', MeSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
