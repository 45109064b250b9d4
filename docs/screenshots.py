"""Screenshots of the built reports for the README: headless Chromium, 1,280 px wide,
cropped to the page's content and saved as palette PNGs under docs/.

    .venv/bin/python docs/screenshots.py [reports/index.html reports/seeds/*.html]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

DOCS = Path(__file__).resolve().parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def shoot(page: Path, out: Path, width: int = 1280, height: int = 7000,
          max_height: int = 4200) -> Path:
    """Render ``page`` and save the non-blank part (at most ``max_height`` px) to ``out``."""
    browser = (shutil.which("chromium") or shutil.which("chromium-browser")
               or shutil.which("google-chrome"))
    if not browser:
        raise SystemExit("no chromium found")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.png"
        subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={raw}",
                        f"--window-size={width},{height}", page.resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)
        img = Image.open(raw).convert("RGB")
    bg = Image.new("RGB", img.size, img.getpixel((img.width - 1, img.height - 1)))
    box = ImageChops.difference(img, bg).getbbox() or (0, 0, width, 200)
    img = img.crop((0, 0, width, min(box[3] + 24, max_height)))
    img.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    return out


def main(pages: list[str]) -> None:
    root = DOCS.parent / "reports"
    targets = [Path(p) for p in pages] or [root / "index.html",
                                           *sorted((root / "seeds").glob("*.html"))]
    for page in targets:
        name = "index" if page.name == "index.html" else page.stem
        print(shoot(page, DOCS / f"report-{name}.png"))


if __name__ == "__main__":
    main(sys.argv[1:])
