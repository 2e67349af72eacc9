/**
 * e^x in plain arithmetic, for the networks' losses and activations.
 *
 * Why not Math.exp: V8 runs it as a call into C, about 10 ns here, and in a compiled kernel's
 * loop a call also saves and restores every live value around it. This is Tang's table method
 * (ACM TOMS 15, 1989), inlined (and pasted into the kernels, see `expStatements`):
 * x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, e^x = 2^m · 2^{j/64} · e^r, where 2^{j/64} comes
 * from a table of double-double values (hi + lo, 40-digit arithmetic) and e^r − 1 from its
 * series to r⁶ (truncation below 3e-20). No division and a short chain of dependent
 * operations, so the evaluations for consecutive examples overlap in the processor. 2^m is
 * applied as two table factors 2^⌊m/2⌋ · 2^(m − ⌊m/2⌋), each a normal number, so results in the
 * subnormal range round once. x is clamped to [−746, 710], where e^x is already 0 or ∞; NaN
 * gives NaN. The tests hold it to 1 ulp of Math.exp.
 */

/** 2^i for i = −539 … 512, at index i + 539: both halves of any 2^m, −1077 ≤ m ≤ 1024. */
export const EXP_SCALE: Float64Array = Float64Array.from({ length: 1052 }, (_, i) => 2 ** (i - 539));

/** 2^{j/64} = EXP_HI[j] + EXP_LO[j], j = 0 … 63, each pair the value rounded to 106 bits. */
export const EXP_HI: Float64Array = Float64Array.of(
  1.0,
  1.0108892860517005,
  1.0218971486541166,
  1.0330248790212284,
  1.0442737824274138,
  1.0556451783605572,
  1.0671404006768237,
  1.0787607977571199,
  1.0905077326652577,
  1.102382583307841,
  1.1143867425958924,
  1.1265216186082418,
  1.1387886347566916,
  1.1511892299529827,
  1.1637248587775775,
  1.1763969916502812,
  1.189207115002721,
  1.202156731452703,
  1.215247359980469,
  1.22848053610687,
  1.241857812073484,
  1.255380757024691,
  1.2690509571917332,
  1.2828700160787783,
  1.2968395546510096,
  1.3109612115247644,
  1.3252366431597413,
  1.339667524053303,
  1.3542555469368927,
  1.3690024229745905,
  1.383909881963832,
  1.3989796725383112,
  1.4142135623730951,
  1.42961333839197,
  1.4451808069770467,
  1.460917794180647,
  1.4768261459394993,
  1.4929077282912648,
  1.5091644275934228,
  1.5255981507445384,
  1.5422108254079407,
  1.559004400237837,
  1.5759808451078865,
  1.593142151342267,
  1.6104903319492543,
  1.6280274218573478,
  1.645755478153965,
  1.6636765803267364,
  1.681792830507429,
  1.7001063537185235,
  1.718619298122478,
  1.7373338352737062,
  1.7562521603732995,
  1.7753764925265212,
  1.7947090750031072,
  1.8142521755003989,
  1.8340080864093424,
  1.8539791250833855,
  1.8741676341103,
  1.8945759815869656,
  1.9152065613971474,
  1.9360617934922943,
  1.9571441241754002,
  1.978456026387951,
);
export const EXP_LO: Float64Array = Float64Array.of(
  0.0,
  -1.5234778603368577e-17,
  5.109225028973444e-17,
  7.600838874027088e-18,
  8.551889705537965e-17,
  1.759325738772092e-18,
  -7.899853966841582e-17,
  -6.656660436056593e-17,
  -3.046782079812471e-17,
  5.2660368715706944e-17,
  1.0410278456845571e-16,
  5.165856758795457e-17,
  8.912812676025408e-17,
  3.250710218863827e-17,
  3.8292048369240935e-17,
  5.554203254218079e-17,
  3.982015231465646e-17,
  6.644981499252301e-17,
  -7.712630692681488e-17,
  -1.89878163130253e-17,
  4.658027591836937e-17,
  -6.7113898212968784e-18,
  2.667932131342186e-18,
  1.713594918243561e-17,
  2.5382502794888315e-17,
  -7.181536135519454e-17,
  -2.8587312100388614e-17,
  8.927282594831732e-17,
  7.70094837980299e-17,
  9.593797919118849e-17,
  -6.770511658794786e-17,
  -9.614213209051323e-17,
  -9.667293313452913e-17,
  -1.2031642489053655e-17,
  -3.0237581349939873e-17,
  -5.600377186075216e-17,
  -3.483994556892796e-17,
  1.4192920154284036e-17,
  -1.016455327754295e-16,
  -1.1024941712342561e-16,
  7.949834809697621e-17,
  3.7812070533575275e-17,
  -1.0136916471278304e-17,
  -1.0094406542311964e-16,
  2.4707192569797888e-17,
  -6.712955084707084e-17,
  -1.0125679913674773e-16,
  5.8909926967131e-17,
  8.199010020581497e-17,
  -8.0237193703977e-18,
  -1.851380418263111e-17,
  3.164389299292957e-17,
  2.960140695448873e-17,
  6.429731796556572e-17,
  1.8227458427912087e-17,
  -9.969531538920349e-17,
  3.283107224245627e-17,
  9.761887490727594e-17,
  -6.122763413004143e-17,
  3.4034035352165297e-17,
  -1.0619946056195963e-16,
  1.0332385960676326e-16,
  8.960767791036668e-17,
  4.0388753109278167e-17,
);

/** ln2/64 split: L1 has 36 significant bits, so N·L1 is exact for |N| < 2^17. */
export const EXP_L1 = 0.010830424696223417;
export const EXP_L2 = 2.572804622327669e-14;
export const EXP_INV = 92.33248261689366; // 64/ln2

export function exp(x: number): number {
  let y = x; // clamped by two compares (cheaper in V8 than Math.min/max; NaN passes through)
  if (y > 710) y = 710;
  else if (y < -746) y = -746;
  const n = ((y * EXP_INV + 68900.5) | 0) - 68900; // round(y·64/ln2), by truncating a positive number (NaN → −68900: the tables' first entries, no read past them)
  const j = n & 63;
  const m = n >> 6;
  const r = y - n * EXP_L1 - n * EXP_L2;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6)) + r2 * r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720));
  const t = EXP_HI[j];
  const h = m >> 1;
  return (t + (EXP_LO[j] + t * p)) * EXP_SCALE[h + 539] * EXP_SCALE[m - h + 539];
}

/**
 * The same computation as `exp`, as JavaScript statements for generated code: declares
 * `out` = e^`x`. `x` is read once; `tag` makes the temporaries' names unique. The code reads EXP_SCALE,
 * EXP_HI and EXP_LO from scope. The tests check that it returns exactly what `exp` returns.
 */
export function expStatements(out: string, x: string, tag: string): string {
  const [y, n, j, m, r, r2, p, t, h] = ['y', 'n', 'j', 'm', 'r', 'q', 'p', 't', 'h'].map((v) => `${v}${tag}`);
  return `let ${y} = ${x};
if (${y} > 710) ${y} = 710;
else if (${y} < -746) ${y} = -746;
const ${n} = ((${y} * ${EXP_INV} + 68900.5) | 0) - 68900;
const ${j} = ${n} & 63;
const ${m} = ${n} >> 6;
const ${r} = ${y} - ${n} * ${EXP_L1} - ${n} * ${EXP_L2};
const ${r2} = ${r} * ${r};
const ${p} = ${r} + ${r2} * (0.5 + ${r} * ${1 / 6}) + ${r2} * ${r2} * (${1 / 24} + ${r} * ${1 / 120} + ${r2} * ${1 / 720});
const ${t} = EXP_HI[${j}];
const ${h} = ${m} >> 1;
const ${out} = (${t} + (EXP_LO[${j}] + ${t} * ${p})) * EXP_SCALE[${h} + 539] * EXP_SCALE[${m} - ${h} + 539];`;
}
