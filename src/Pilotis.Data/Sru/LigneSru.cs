using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru;

/// <summary>Une ligne des tableaux SRU (département, EPCI) : la situation calculée et le nom de l'EPCI.</summary>
public sealed record LigneSru(SituationSru Situation, string? NomEpci)
{
    public ResultatCalculSru R => Situation.Resultat;
    public string Code => Situation.Inventaire.CommuneCode;
    public int Realisees => Situation.Bilan?.Realisations.Total ?? 0;
    public bool Deficitaire => R.LogementsManquants > 0;
}
