using System.Runtime.CompilerServices;
using System.Text;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Une année fictive de logements libérés ou mis en service, tirée sur un parc généré (<see cref="GenerateurParc"/>)
/// et écrite au format d'import (docs/formats/liberations.md) : environ 8,5 % des logements loués ou vacants (la
/// rotation annuelle du parc social, soit ≈ 450 000 logements pour 5,3 millions), disponibles sur les douze derniers
/// mois ; les logements construits dans l'année sont des mises en service. Quelques exclusions de l'assiette du flux
/// (mutations internes, relogements ANRU), comme en démonstration. Déterministe pour une graine donnée.
/// </summary>
public sealed class GenerateurLiberations(int graine, DateOnly aujourdhui, int anneeCourante)
{
    /// <summary>Logements libérés pour mille logements du parc en location.</summary>
    public const int PourMille = 85;

    private readonly Random _alea = new(graine + 7);

    /// <summary>La ligne du fichier pour ce logement s'il est tiré cette année, sinon null.</summary>
    public string? Ligne(Logement logement)
    {
        ArgumentNullException.ThrowIfNull(logement);
        var tirage = _alea.Next(1000);
        if (logement.Occupation == EtatOccupation.HorsLocation || tirage >= PourMille)
            return null;
        var disponibilite = aujourdhui.AddDays(-1 - _alea.Next(364));
        var exclusion = _alea.Next(100) switch
        {
            < 5 => MotifExclusionFlux.MutationInterne,
            < 7 => MotifExclusionFlux.RelogementAnru,
            _ => MotifExclusionFlux.Aucun,
        };
        if (logement.AnneeConstruction >= anneeCourante)
            return FormatLiberations.Ligne(
                logement.IdentifiantRpls,
                OrigineDisponibilite.MiseEnService,
                null,
                disponibilite,
                exclusion
            );
        // Préavis d'un à trois mois (loi n° 89-462, art. 15).
        var conge = disponibilite.AddDays(-30 - _alea.Next(61));
        return FormatLiberations.Ligne(
            logement.IdentifiantRpls,
            OrigineDisponibilite.Liberation,
            conge,
            disponibilite,
            exclusion
        );
    }

    /// <summary>
    /// Laisse passer les logements vers le fichier du parc et écrit, au passage, les libérations tirées dans le
    /// second fichier (en-tête compris) ; <paramref name="ecrites"/> compte les lignes écrites.
    /// </summary>
    public IEnumerable<Logement> Ecrire(IEnumerable<Logement> logements, Stream flux, StrongBox<long> ecrites)
    {
        ArgumentNullException.ThrowIfNull(logements);
        ArgumentNullException.ThrowIfNull(ecrites);
        using var ecrivain = new StreamWriter(flux, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        ecrivain.WriteLine(FormatLiberations.Entete);
        foreach (var l in logements)
        {
            if (Ligne(l) is string ligne)
            {
                ecrivain.WriteLine(ligne);
                ecrites.Value++;
            }
            yield return l;
        }
    }
}
