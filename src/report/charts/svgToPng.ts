import { existsSync } from "node:fs";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

/** Where Debian/Ubuntu (fonts-noto-cjk), Fedora and Arch put Noto Sans CJK. */
const NOTO_CJK_FILES = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
];

/** Debian's DejaVu Sans (fonts-dejavu-core), enough for Latin text. */
const DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/** Whether Noto Sans CJK is installed where a Linux distribution puts it (Chinese names need it). */
function hasNotoCjk(): boolean {
  return NOTO_CJK_FILES.some((f) => existsSync(f));
}

/** Han characters, kana and hangul: text that needs a CJK font. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Rasterises an SVG to PNG with resvg. Chinese names need a CJK font, but loading Noto Sans CJK costs
 * about 0.8 s per image, so the system's fonts (with Noto Sans CJK as default) are loaded only when the
 * chart holds CJK text; otherwise DejaVu Sans alone (Debian's default sans) when present, else the
 * system's fonts. `width` scales the image to that many pixels wide; default the SVG's own size.
 * White background: a chart PNG is pasted into documents where transparency shows as black.
 */
export async function svgToPng(svg: string, options: { readonly width?: number } = {}): Promise<Buffer> {
  const cjk = CJK.test(svg) && hasNotoCjk();
  const font: ResvgRenderOptions["font"] =
    !cjk && existsSync(DEJAVU_SANS)
      ? { loadSystemFonts: false, fontFiles: [DEJAVU_SANS], defaultFontFamily: "DejaVu Sans" }
      : { loadSystemFonts: true, defaultFontFamily: cjk ? "Noto Sans CJK SC" : "DejaVu Sans" };
  // renderAsync runs on libuv's thread pool: several charts render at once.
  const image = await renderAsync(svg, {
    background: "#FFFFFF",
    fitTo: options.width === undefined ? { mode: "original" } : { mode: "width", value: Math.round(options.width) },
    font,
  });
  return image.asPng();
}
