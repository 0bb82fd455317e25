/**
 * Spanish descriptions of the cooperation strategies, by strategy name (the names are the Axelrod
 * library's and stay as they are, like proper names). Cooperar = joint action, desertar =
 * unilateral action, as in the rest of the Spanish interface. Browser-safe.
 */
const majority = (tie: 'coopera' | 'deserta', over: string) =>
  `En caso de empate ${tie}; si no, juega la jugada mayoritaria del oponente ${over}.`;
const cycler = (cycle: string) => `Juega ${cycle} una y otra vez, sin mirar al oponente.`;

export const STRATEGY_DESCRIPTIONS_ES: Readonly<Record<string, string>> = {
  Cooperator: 'Elige siempre la acción conjunta (coopera).',
  Defector: 'Elige siempre la acción unilateral (deserta).',
  Alternator: 'Coopera primero y luego juega lo contrario de su propia jugada anterior (ejecutada): C, D, C, D, ...',
  'Tit For Tat': 'Coopera en la primera jugada y luego copia la jugada anterior del oponente.',
  'Tit For 2 Tats': 'Coopera salvo que el oponente haya desertado en sus dos últimas jugadas.',
  'Two Tits For Tat':
    'Coopera primero y responde a cada deserción con dos deserciones (deserta si el oponente desertó en cualquiera de sus dos últimas jugadas).',
  'Suspicious Tit For Tat': 'Deserta en la primera jugada y luego copia la jugada anterior del oponente.',
  'Hard Tit For Tat': 'Coopera primero; deserta si el oponente desertó en cualquiera de sus tres últimas jugadas.',
  'Hard Tit For 2 Tats':
    'Coopera primero; deserta si el oponente hizo dos deserciones seguidas dentro de sus tres últimas jugadas.',
  Grudger:
    'Coopera hasta que el oponente deserta una vez; desde entonces deserta hasta el final de la partida (gatillo implacable).',
  'Forgetful Grudger':
    'Deserta tras cada deserción del oponente y sigue desertando hasta haberlo hecho 10 veces seguidas; entonces olvida el rencor (una nueva deserción lo reinicia).',
  'Soft Grudger': 'Coopera; responde a una deserción con D, D, D, D, C, C y vuelve a cooperar.',
  'Win-Stay Lose-Shift':
    'Coopera primero; mantiene su jugada tras un buen resultado (CC o DD) y la cambia tras uno malo (CD o DC). Vector de cuatro probabilidades (1, 0, 0, 1).',
  'Soft Go By Majority': majority('coopera', 'en toda la partida'),
  'Hard Go By Majority': majority('deserta', 'en toda la partida'),
  Prober: 'Juega D, C, C; si el oponente cooperó en las jugadas 2 y 3, deserta para siempre; si no, juega Tit For Tat.',
  'Prober 2':
    'Juega D, C, C; si el oponente jugó D y luego C en las jugadas 2 y 3, coopera para siempre; si no, juega Tit For Tat.',
  'Prober 3': 'Juega D, C; si el oponente cooperó en la jugada 2, deserta para siempre; si no, juega Tit For Tat.',
  'Hard Prober':
    'Juega D, D, C, C; si el oponente cooperó en las jugadas 2 y 3, deserta para siempre; si no, juega Tit For Tat.',
  'Original Gradual':
    'El Gradual de Beaufils y colaboradores tal como se publicó: castiga la n-ésima deserción castigada con n deserciones y luego coopera dos veces; las deserciones durante el castigo o la calma no cuentan. Reproduce las puntuaciones de Beaufils y colaboradores (1997).',
  Gradual:
    'Responde a la deserción del oponente con tantas deserciones como este haya hecho en total y luego coopera dos veces para calmar la situación (la versión de CRISTAL-SMAC; el recuento incluye las deserciones hechas durante el castigo).',
  GTFT: 'Tit For Tat que perdona: tras una deserción del oponente todavía coopera con probabilidad p = min(1 - (T-R)/(R-S), (R-P)/(T-P)) (1/3 en el juego estándar). Con semilla.',
  'Contrite Tit For Tat':
    'Tit For Tat que nota cuando el ruido convirtió su cooperación prevista en una deserción contra un oponente que cooperaba; entonces se arrepiente y no toma represalias hasta haber logrado cooperar. Sin ruido juega exactamente Tit For Tat.',
  'Forgiving Tit For Tat':
    'Coopera mientras el oponente haya desertado como mucho en el 10% de las jugadas; por encima de eso juega Tit For Tat.',
  Forgiver: 'Coopera salvo que el oponente haya desertado en más del 10% de las jugadas hasta ahora.',
  'Firm But Fair':
    'Coopera salvo después de recibir el pago del ingenuo (C frente a D); tras una deserción mutua coopera con probabilidad 2/3. Con semilla.',
  Adaptive:
    'Abre con C 6 veces y luego D 5 veces; después juega la acción que más le haya rendido en total hasta ahora (los empates van a D).',
  Calculator:
    'Juega como Joss (Tit For Tat que coopera con probabilidad 0.9) durante 20 jugadas; si las 20 primeras jugadas del oponente forman un ciclo, deserta hasta el final de la partida; si no, juega Tit For Tat. Con semilla.',
  'Cycler CCD': cycler('CCD'),
  'Cycler DC': cycler('DC'),
  'Cycler DDC': cycler('DDC'),
  'Cycler CCCD': cycler('CCCD'),
  'Cycler CCCCCD': cycler('CCCCCD'),
  'Random: 0.5': 'Coopera con probabilidad 0.5 en cada jugada, de forma independiente. Con semilla.',
  'Anti Tit For Tat': 'Coopera primero y luego juega lo contrario de la jugada anterior del oponente.',
  Bully: 'Deserta primero y luego juega lo contrario de la jugada anterior del oponente (el reverso de Tit For Tat).',
  'Sneaky Tit For Tat':
    'Coopera dos veces y luego deserta mientras el oponente nunca haya desertado; una vez castigado se arrepiente (coopera tras una deserción que respondió a la suya); si no, juega Tit For Tat.',
  'Spiteful Tit For Tat':
    'Juega Tit For Tat hasta que el oponente deserta dos veces seguidas; desde entonces deserta hasta el final de la partida.',
  'Omega TFT: 3, 8':
    'Tit For Tat que rompe los bucles de bloqueo C/D cooperando (tras 3 alternancias) y deserta definitivamente cuando un contador de aleatoriedad del oponente llega a 8; pensada para resistir el ruido.',
  'Adaptive Tit For Tat: 0.5':
    'Guarda una imagen del oponente, «world» en [0, 1], que empieza en 0.5 y se mueve a medio camino hacia 1 tras su cooperación y hacia 0 tras su deserción; coopera mientras world >= 0.5.',
  Aggravater: 'Grudger que deserta en sus tres primeras jugadas pase lo que pase.',
  'Opposite Grudger':
    'Deserta hasta que el oponente coopera una vez; desde entonces coopera hasta el final de la partida.',
  GrudgerAlternator:
    'Coopera hasta que el oponente deserta una vez; desde entonces alterna D y C hasta el final de la partida.',
  'Slow Tit For Two Tats 2':
    'Coopera dos veces; después copia al oponente cuando este jugó la misma jugada dos veces seguidas y, si no, repite su propia jugada anterior.',
  'N Tit(s) For M Tat(s): 3, 2': 'Responde a 2 deserciones seguidas del oponente con 3 deserciones; si no, coopera.',
  'First by Joss: 0.9':
    'Tit For Tat que cuela una deserción: cuando el oponente coopera, coopera solo con probabilidad 0.9. Con semilla.',
  'Stochastic WSLS: 0.05':
    'Win-Stay Lose-Shift que se equivoca con probabilidad 0.05: vector de cuatro probabilidades (0.95, 0.05, 0.05, 0.95). Con semilla.',
  'ZD-Extort-2: 0.1111111111111111, 0.5':
    'Jugador extorsionador de determinante cero (phi = 1/9, s = 1/2, l = P): vector de cuatro probabilidades (8/9, 1/2, 1/3, 0) en el juego estándar. Con semilla.',
  'ZD-GTFT-2: 0.25, 0.5':
    'Jugador generoso de determinante cero (phi = 1/4, s = 1/2, l = R): vector de cuatro probabilidades (1, 1/8, 1, 1/4) en el juego estándar. Con semilla.',
  'Soft Go By Majority: 5': majority('coopera', 'en sus 5 últimas jugadas'),
  'Hard Go By Majority: 5': majority('deserta', 'en sus 5 últimas jugadas'),
  'Soft Go By Majority: 10': majority('coopera', 'en sus 10 últimas jugadas'),
  'Hard Go By Majority: 10': majority('deserta', 'en sus 10 últimas jugadas'),
  'Soft Go By Majority: 20': majority('coopera', 'en sus 20 últimas jugadas'),
  'Hard Go By Majority: 20': majority('deserta', 'en sus 20 últimas jugadas'),
  'Soft Go By Majority: 40': majority('coopera', 'en sus 40 últimas jugadas'),
  'Hard Go By Majority: 40': majority('deserta', 'en sus 40 últimas jugadas'),
};

/**
 * A strategy's description in `lang`: the Spanish one for a built-in strategy, else the engine's
 * English (a strategy added without a Spanish description is caught by the test beside this file).
 */
export function strategyDescription(s: { name: string; description: string }, lang: 'en' | 'es'): string {
  return (lang === 'es' && STRATEGY_DESCRIPTIONS_ES[s.name]) || s.description;
}
