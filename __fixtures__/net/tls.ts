// A private certificate authority made with openssl at test time, as a company's CA would be: a
// root the machine does not trust and a server certificate it signed for the given names.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface PrivateCa {
  /** The root certificate (PEM) to hand to NODE_EXTRA_CA_CERTS. */
  caFile: string
  /** A server key and certificate for the names asked, signed by the root. */
  server: { key: string; cert: string }
  cleanup(): Promise<void>
}

export async function makePrivateCa(dnsNames: string[], ips: string[] = ['127.0.0.1']): Promise<PrivateCa> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'private-ca-'))
  const file = (name: string): string => path.join(dir, name)
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'pipe' })
  }
  openssl(
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Example Corp Test Root'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    ...['-keyout', file('ca.key'), '-out', file('ca.pem')],
  )
  const altNames = [...dnsNames.map((name) => `DNS:${name}`), ...ips.map((ip) => `IP:${ip}`)].join(',')
  await writeFile(
    file('server.ext'),
    `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  )
  openssl(
    ...['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${dnsNames[0] ?? 'localhost'}`],
    ...['-keyout', file('server.key'), '-out', file('server.csr')],
  )
  openssl(
    ...['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key')],
    ...['-CAcreateserial', '-days', '1', '-extfile', file('server.ext'), '-out', file('server.pem')],
  )
  return {
    caFile: file('ca.pem'),
    server: {
      key: await readFile(file('server.key'), 'utf8'),
      cert: await readFile(file('server.pem'), 'utf8'),
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}
