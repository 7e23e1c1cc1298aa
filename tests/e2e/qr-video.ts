// Turns the sender's QR frames (PNG data URLs captured from its canvas) into a video for
// Chromium's fake camera (--use-file-for-fake-video-capture), with Debian's ffmpeg. Shared by
// tests/e2e/qr.spec.ts and the QR part of `npm run bench`. The video is built at test time under
// the test's own output directory and never committed.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg'

/**
 * A Y4M video (what Chromium's fake camera reads besides MJPEG) of the frames, each shown for
 * one video frame at `fps`, each code scaled to 640 px high on a white 1280 × 720 picture — a
 * phone held some 20 cm from another's screen. The fake camera loops the file.
 */
export function framesToVideo(frames: string[], dir: string, fps: number): string {
  const images = join(dir, 'frames')
  mkdirSync(images, { recursive: true })
  frames.forEach((dataUrl, i) => {
    const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64')
    writeFileSync(join(images, `${String(i).padStart(4, '0')}.png`), png)
  })
  const video = join(dir, 'camera.y4m')
  execFileSync(
    FFMPEG,
    [
      ...['-loglevel', 'error', '-y', '-framerate', String(fps)],
      ...['-i', join(images, '%04d.png')],
      ...['-vf', 'scale=-1:640:flags=neighbor,pad=1280:720:(ow-iw)/2:(oh-ih)/2:white'],
      ...['-pix_fmt', 'yuv420p', '-r', String(fps), video],
    ],
    { stdio: 'inherit' },
  )
  return video
}
