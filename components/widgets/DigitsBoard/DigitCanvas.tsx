import { memo, useEffect, useRef } from 'react';

export interface DigitCanvasProps {
  /** width × height RGBA bytes. */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** The image's text alternative. */
  label: string;
  /** CSS pixels per image pixel. */
  zoom?: number;
}

/** A small image drawn pixel for pixel and scaled up without smoothing (role img, labelled). */
export const DigitCanvas = memo(function DigitCanvas({
  rgba,
  width,
  height,
  label,
  zoom = 3,
}: DigitCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || rgba.length !== width * height * 4) return;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
  }, [rgba, width, height]);
  return (
    <canvas
      ref={ref}
      className="digits-canvas"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ width: `${width * zoom}px`, height: `${height * zoom}px` }}
    />
  );
});
