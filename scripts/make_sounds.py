"""Make the soft chimes that the breathing pacer plays.

This script writes three short sounds into ``resources/sounds/``:

- ``chime-in.wav``: a gentle rising two-note chime (C5 then E5), played at the start of an
  in-breath.
- ``chime-out.wav``: a gentle falling two-note chime (E5 then C5), played at the start of an
  out-breath.
- ``hold.wav``: a single soft note (D5), played at the start of a hold.

Every file is 44100 Hz, 16-bit, mono PCM. Each note fades in over about 20 ms and then dies
away slowly, and the end of each file is faded to silence, so nothing clicks. The loudest
sample is about a quarter of full scale. There is no randomness, so running the script again
gives the same bytes.

Run it from the project folder with the standard library only:

    python scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
SAMPLE_WIDTH = 2  # bytes, so 16-bit samples
PEAK = 0.25  # loudest sample, as a fraction of full scale
ATTACK = 0.020  # seconds for each note to fade in
DECAY = 0.18  # seconds for a note to fall to about 37% of its level
TAIL_FADE = 0.040  # seconds of fade to silence at the very end of a file

C5 = 523.25
D5 = 587.33
E5 = 659.26

OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "sounds"


@dataclass(frozen=True)
class Note:
    """One note of a chime: its pitch, when it starts and how loud it is."""

    frequency: float  # Hz
    start: float  # seconds from the start of the file
    level: float = 1.0  # relative loudness before the whole sound is scaled to PEAK


def note_sample(note: Note, t: float) -> float:
    """Return the value of ``note`` at time ``t`` seconds (0.0 before it starts)."""
    local = t - note.start
    if local < 0.0:
        return 0.0
    # A smooth (raised-cosine) fade-in, then a long exponential decay.
    attack = math.sin(0.5 * math.pi * local / ATTACK) ** 2 if local < ATTACK else 1.0
    envelope = attack * math.exp(-local / DECAY)
    phase = 2.0 * math.pi * note.frequency * local
    # Mostly a pure tone, with a quiet octave above to make it sound more like a bell.
    tone = math.sin(phase) + 0.15 * math.sin(2.0 * phase) * math.exp(-local / (DECAY / 2.0))
    return note.level * envelope * tone


def render(notes: list[Note], duration: float) -> list[float]:
    """Mix ``notes`` into ``duration`` seconds of samples, scaled so the peak is ``PEAK``."""
    count = round(duration * SAMPLE_RATE)
    tail = round(TAIL_FADE * SAMPLE_RATE)
    samples: list[float] = []
    for i in range(count):
        t = i / SAMPLE_RATE
        value = sum(note_sample(note, t) for note in notes)
        left = count - 1 - i
        if left < tail:
            # Fade the last few milliseconds down to exactly zero.
            value *= math.sin(0.5 * math.pi * left / tail) ** 2
        samples.append(value)
    loudest = max(abs(v) for v in samples)
    return [v * PEAK / loudest for v in samples]


def write_wav(path: Path, samples: list[float]) -> None:
    """Write ``samples`` (floats between -1 and 1) to ``path`` as 16-bit mono PCM."""
    full_scale = 32767
    frames = b"".join(
        struct.pack("<h", max(-full_scale, min(full_scale, round(v * full_scale)))) for v in samples
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)


def sounds() -> dict[str, list[float]]:
    """Return each sound file's name and its samples."""
    return {
        "chime-in.wav": render([Note(C5, 0.0), Note(E5, 0.16)], duration=0.75),
        "chime-out.wav": render([Note(E5, 0.0), Note(C5, 0.16)], duration=0.75),
        "hold.wav": render([Note(D5, 0.0)], duration=0.4),
    }


def main() -> None:
    """Write all the sounds into ``resources/sounds/``."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        path = OUT_DIR / name
        write_wav(path, samples)
        print(f"wrote {path} ({len(samples) / SAMPLE_RATE:.2f} s)")


if __name__ == "__main__":
    main()
