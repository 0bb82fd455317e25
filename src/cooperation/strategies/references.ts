/**
 * Bibliography for the strategies, keyed as in the Axelrod library's reference list
 * (docs/reference/bibliography.rst). Each strategy module cites these plus the Axelrod module it
 * mirrors (Axelrod-Python/Axelrod 4.13.0, the version the anchors were produced with).
 */
export const REF = {
  Axelrod1980:
    "Axelrod, R. (1980). Effective choice in the Prisoner's Dilemma. Journal of Conflict Resolution 24(1), 3-25",
  Axelrod1980b:
    "Axelrod, R. (1980). More effective choice in the Prisoner's Dilemma. Journal of Conflict Resolution 24(3), 379-403",
  Axelrod1984: 'Axelrod, R. (1984). The Evolution of Cooperation. Basic Books',
  Axelrod1995:
    "Wu, J. and Axelrod, R. (1995). How to cope with noise in the iterated Prisoner's Dilemma. Journal of Conflict Resolution 39(1), 183-189",
  Beaufils1997:
    "Beaufils, B., Delahaye, J.-P. and Mathieu, P. (1997). Our meeting with Gradual: a good strategy for the iterated Prisoner's Dilemma. Artificial Life V, 202-209",
  Cristal2018: "CRISTAL-SMAC (2018). ipd: iterated prisoner's dilemma strategies, https://github.com/cristal-smac/ipd",
  Frean1994:
    "Frean, M. R. (1994). The Prisoner's Dilemma without synchrony. Proceedings of the Royal Society B 257, 75-79",
  Friedman1971:
    'Friedman, J. W. (1971). A non-cooperative equilibrium for supergames. Review of Economic Studies 38(1), 1-12',
  Hilbe2013:
    'Hilbe, C., Nowak, M. A. and Traulsen, A. (2013). Adaptive dynamics of extortion and compliance. PLoS ONE 8(11), e77886',
  Kraines1989: "Kraines, D. and Kraines, V. (1989). Pavlov and the Prisoner's Dilemma. Theory and Decision 26, 47-79",
  Li2011:
    "Li, J., Hingston, P. and Kendall, G. (2011). Engineering design of strategies for winning iterated Prisoner's Dilemma competitions. IEEE Transactions on Computational Intelligence and AI in Games 3(4), 348-360",
  Mittal2009:
    "Mittal, S. and Deb, K. (2009). Optimal strategies of the iterated Prisoner's Dilemma problem for multiple conflicting objectives. IEEE Transactions on Evolutionary Computation 13(3), 554-565",
  Nachbar1992:
    "Nachbar, J. H. (1992). Evolution in the finitely repeated Prisoner's Dilemma. Journal of Economic Behavior & Organization 19(3), 307-326",
  Nowak1990:
    "Nowak, M. (1990). Stochastic strategies in the Prisoner's Dilemma. Theoretical Population Biology 38(1), 93-112",
  Nowak1992: 'Nowak, M. A. and Sigmund, K. (1992). Tit for tat in heterogeneous populations. Nature 355, 250-253',
  Nowak1993:
    "Nowak, M. and Sigmund, K. (1993). A strategy of win-stay, lose-shift that outperforms tit-for-tat in the Prisoner's Dilemma game. Nature 364, 56-58",
  PD2017:
    "Prisoner's Dilemma competition strategies, http://www.prisoners-dilemma.com/competition.html (as cited by the Axelrod library)",
  Press2012:
    "Press, W. H. and Dyson, F. J. (2012). Iterated Prisoner's Dilemma contains strategies that dominate any evolutionary opponent. PNAS 109(26), 10409-10413",
  Prison1998:
    "LIFL (1998). PRISON: a set of iterated Prisoner's Dilemma strategies, http://www.lifl.fr/IPD/ipd.frame.html (as cited by the Axelrod library)",
  Slany2007:
    "Slany, W. and Kienreich, W. (2007). On some winning strategies for the iterated Prisoner's Dilemma. In Kendall, Yao and Chong (eds.), The Iterated Prisoners' Dilemma: 20 Years On, World Scientific, 171-204",
  Stewart2012:
    "Stewart, A. J. and Plotkin, J. B. (2012). Extortion and cooperation in the Prisoner's Dilemma. PNAS 109(26), 10134-10135",
  Tzafestas2000: 'Tzafestas, E. (2000). Toward adaptive cooperative behavior. From Animals to Animats 6, 334-340',
} as const;

/** "Axelrod library, axelrod/strategies/<file>, class <cls>" */
export function axl(file: string, cls: string): string {
  return `Axelrod-Python/Axelrod 4.13.0, axelrod/strategies/${file} (${cls})`;
}

export function cite(...parts: string[]): string {
  return parts.join('; ');
}
