/**
 * The stage in the browser: scales the fixed 1920×1080 canvas (DeckStage.astro) into its frame,
 * shows one slide at a time, and asks the chapter's chart for the slide's state through the
 * chartstate contract (src/scrolly/chartEvents.ts), so charts never learn a deck exists.
 */
import { prefersReducedMotion, requestChartState } from '../scrolly/chartEvents';
import { shrinkToFit } from './shrinkToFit';
import { chooseStageDrawing, windowChartToState } from './stageWindow';

/** The canvas size every slide is laid out at (DeckStage.astro). */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export type SlideKind = 'cover' | 'title' | 'step';

export interface SlideInfo {
  el: HTMLElement;
  kind: SlideKind;
  /** Chapter slug ('' for the cover). */
  chapter: string;
  /** Short chapter label, for the overview. */
  short: string;
  /** The step id (step slides), which is also the story's anchor for this slide. */
  stepId: string;
  chart: string;
  state: string;
  /** The chapter's chart frame on the stage, shown with its step slides. */
  frame: HTMLElement | null;
}

/** Scale and offset that fit the canvas into a frame, centred, with bars on the spare sides. */
export function getStageFit(frameWidth: number, frameHeight: number) {
  const scale = Math.max(0, Math.min(frameWidth / STAGE_WIDTH, frameHeight / STAGE_HEIGHT));
  return { scale, x: (frameWidth - STAGE_WIDTH * scale) / 2, y: (frameHeight - STAGE_HEIGHT * scale) / 2 };
}

/** Reads the slides of a stage in document order. */
export function readSlides(stage: ParentNode): SlideInfo[] {
  return [...stage.querySelectorAll<HTMLElement>('[data-slide]')].map((el) => {
    const chapterEl = el.closest<HTMLElement>('[data-deck-chapter]');
    return {
      el,
      kind: (el.dataset.kind as SlideKind | undefined) ?? 'step',
      chapter: chapterEl?.dataset.deckChapter ?? '',
      short: chapterEl?.dataset.short ?? '',
      stepId: el.dataset.stepId ?? '',
      chart: el.dataset.chart || chapterEl?.dataset.chart || '',
      state: el.dataset.state ?? '',
      frame: chapterEl?.querySelector<HTMLElement>('[data-chapter-frame]') ?? null,
    };
  });
}

/** The slide's box that holds its text (long leads, long titles in some languages). */
function fitText(slide: HTMLElement): void {
  const box = slide.matches('[data-fit]') ? slide : slide.querySelector<HTMLElement>('[data-fit]');
  if (box) shrinkToFit(box);
}

/** Creates the controller of one stage (the audience deck has one; the speaker view two). */
export function createSlideStage(frame: HTMLElement) {
  const stage = frame.querySelector<HTMLElement>('[data-stage]')!;
  const slides = readSlides(stage);
  const frames = [...stage.querySelectorAll<HTMLElement>('[data-chapter-frame]')];
  const number = stage.querySelector<HTMLElement>('[data-stage-number]');

  const fit = () => {
    // The frame's fractional size (it has no border or padding), as the CSS fit's container units use.
    const { width, height } = frame.getBoundingClientRect();
    const { scale, x, y } = getStageFit(width, height);
    // The individual properties, which override the stage's CSS fit (DeckStage.astro) rather than add to it.
    stage.style.scale = String(scale);
    stage.style.translate = `${x}px ${y}px`;
  };
  new ResizeObserver(fit).observe(frame);
  fit();

  return {
    slides,
    count: slides.length,
    /** Shows slide `index` (or nothing, for -1: the speaker view's "after the last slide"). */
    show(index: number, immediate: boolean) {
      const current = slides[index];
      slides.forEach((s, i) => (s.el.hidden = i !== index));
      const frameShown = current?.kind === 'step' ? current.frame : null;
      // A chart that comes onto the stage with this slide shows its state as it appears: a zoom or
      // fade on arrival would start from the state it was built in, not from anything the room saw.
      const arriving = !frameShown || frameShown.hidden !== false || frameShown.querySelector<HTMLElement>('.chart-slot[data-active]')?.dataset.chart !== current?.chart;
      frames.forEach((f) => (f.hidden = f !== frameShown));
      if (number) number.textContent = current ? `${index + 1} / ${slides.length}` : '';
      if (!current) return;
      if (frameShown && current.chart) {
        const layer = frameShown.querySelector<HTMLElement>('[data-chart-layer]')!;
        layer.querySelectorAll<HTMLElement>('.chart-slot').forEach((slot) => {
          slot.toggleAttribute('data-active', slot.dataset.chart === current.chart);
        });
        // Under reduced motion the charts switch states without moving (../scrolly/chartEvents.ts).
        if (current.state) requestChartState(layer, current.chart, { state: current.state, immediate: immediate || arriving || prefersReducedMotion() });
        const slot = layer.querySelector<HTMLElement>('.chart-slot[data-active]');
        if (slot) {
          chooseStageDrawing(slot, current.state);
          windowChartToState(slot, current.state);
        }
      }
      fitText(current.el);
    },
  };
}

export type SlideStage = ReturnType<typeof createSlideStage>;
