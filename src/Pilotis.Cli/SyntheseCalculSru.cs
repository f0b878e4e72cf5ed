using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>Synthèse de « pilotis sru calculer » (loi actuelle), aussi renvoyée aux tests.</summary>
public sealed record SyntheseCalculSru(
    int Soumises,
    int Exemptees,
    int Deficitaires,
    long LogementsManquants,
    long ObjectifTriennal,
    decimal PrelevementBrut,
    decimal PrelevementNet,
    int Prelevees,
    int Carencees,
    int CarencesEnCours,
    IReadOnlyList<SituationSru> PlusForts
);
