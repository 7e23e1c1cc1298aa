import { ensureDist } from '../e2e/global-setup'

// The journeys run against the production build: build dist/ when a run starts without one.
export default function globalSetup(): void {
  ensureDist()
}
