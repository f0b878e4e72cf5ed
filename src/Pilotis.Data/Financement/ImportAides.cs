using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Data.Import;
using Pilotis.Data.Journal;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// « pilotis import aides FICHIER.json » et l'import web de la DDTM : le catalogue d'aides-territoires. Tout ou rien ;
/// mise à jour par <c>id</c> de la source ; une aide identique (même empreinte) n'est pas réécrite ; HTML nettoyé.
/// </summary>
public sealed class ImportAides(PilotisDbContext db)
{
    public async Task<(BilanImport Bilan, string? ErreurFormat)> ExecuterAsync(Stream flux, CancellationToken ct)
    {
        var (lues, erreurFormat) = await LectureAidesTerritoires.LireAsync(flux, ct);
        if (lues is null)
            return (BilanImport.Refus(0, []), erreurFormat);
        var erreurs = LectureAidesTerritoires.Verifier(lues);
        var existantes = await db.Set<Aide>()
            .Where(a => a.IdSource != null)
            .ToDictionaryAsync(a => a.IdSource!.Value, ct);
        var slugsLocaux = await db.Set<Aide>().Where(a => a.IdSource == null).Select(a => a.Slug).ToListAsync(ct);
        var locaux = slugsLocaux.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lues.Count; i++)
        {
            if (lues[i].Slug is { } s && locaux.Contains(s))
                erreurs.Add(
                    new ErreurLigne(i + 1, $"aide id {lues[i].Id} : slug : « {s} » est déjà celui d'une aide locale.")
                );
        }
        if (erreurs.Count > 0)
            return (BilanImport.Refus(lues.Count, erreurs), null);
        var (nouvelles, modifies) = Preparer(lues, existantes);
        // Les aides nouvelles partent d'un bloc (COPY sur PostgreSQL, requête préparée sur SQLite), les aides changées
        // par le suivi d'EF, le tout dans une transaction : tout ou rien.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ajoutes = await InsertionEnMasse.InsererAsync(db, nouvelles, ct);
        await db.EnregistrerAsync(
            "Import du catalogue d'aides",
            nameof(Aide),
            (lues.Count, ajoutes, modifies, lues.Count - ajoutes - modifies),
            viderSuivi: true,
            ct
        );
        await transaction.CommitAsync(ct);
        if (ajoutes > 0)
            CacheReferentiel.Invalider(db);
        return (new BilanImport(lues.Count, ajoutes, modifies, lues.Count - ajoutes - modifies, []), null);
    }

    /// <summary>Les aides nouvelles à insérer et le nombre d'aides existantes modifiées (suivies par EF).</summary>
    private static (List<Aide> Nouvelles, int Modifiees) Preparer(
        List<AideTerritoiresJson> lues,
        Dictionary<long, Aide> existantes
    )
    {
        var aEcrire = new List<(AideTerritoiresJson Lue, Aide Aide, long Empreinte, bool Nouvelle)>();
        foreach (var l in lues)
        {
            var empreinte = Empreinte(l);
            if (existantes.TryGetValue(l.Id!.Value, out var aide))
            {
                if (aide.EmpreinteSource != empreinte)
                    aEcrire.Add((l, aide, empreinte, false));
            }
            else
                aEcrire.Add(
                    (
                        l,
                        new Aide
                        {
                            IdSource = l.Id,
                            Slug = l.Slug!,
                            Nom = l.Name!,
                        },
                        empreinte,
                        true
                    )
                );
        }
        // Le nettoyage du HTML (HtmlSanitizer) et l'analyse des textes dominent l'import : ils se font en parallèle,
        // aucune de ces entités n'étant lue par le suivi d'EF pendant ce temps (pas de DetectChanges concurrent).
        Parallel.ForEach(aEcrire, x =>
        {
            Recopier(x.Lue, x.Aide);
            x.Aide.EmpreinteSource = x.Empreinte;
        });
        var nouvelles = aEcrire.Where(x => x.Nouvelle).Select(x => x.Aide).ToList();
        return (nouvelles, aEcrire.Count - nouvelles.Count);
    }

    /// <summary>Recopie les champs de la source dans l'aide, HTML nettoyé, puis recalcule ses racines.</summary>
    public static void Recopier(AideTerritoiresJson l, Aide a)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(a);
        a.Slug = l.Slug!;
        a.Nom = l.Name!.Trim();
        a.TitreCourt = Texte(l.ShortTitle);
        a.Financeurs = Liste(l.Financers);
        a.Instructeurs = Liste(l.Instructors);
        a.Programmes = Liste(l.Programs);
        (a.Description, var texteDescription) = NettoyageHtml.NettoyerAvecTexte(l.Description);
        (a.Eligibilite, var texteEligibilite) = NettoyageHtml.NettoyerAvecTexte(l.Eligibility);
        a.Perimetre = Texte(l.Perimeter);
        a.Categories = Liste(l.Categories);
        a.PublicsCibles = Liste(l.TargetedAudiences);
        a.TypesAide = Liste(l.AidTypes);
        a.Destinations = Liste(l.Destinations);
        a.EtapesMobilisation = Liste(l.MobilizationSteps);
        a.AppelAProjets = l.IsCallForProject ?? false;
        a.DateOuverture = l.StartDate;
        a.DatePreDepot = l.PredepositDate;
        a.DateEcheance = l.SubmissionDeadline;
        a.TauxSubventionMin = l.SubventionRateLowerBound;
        a.TauxSubventionMax = l.SubventionRateUpperBound;
        a.MontantPret = l.LoanAmount;
        a.MontantAvanceRemboursable = l.RecoverableAdvanceAmount;
        a.Recurrence = Texte(l.Recurrence);
        a.Contact = NettoyageHtml.Nettoyer(l.Contact);
        a.UrlOrigine = Texte(l.OriginUrl);
        a.UrlCandidature = Texte(l.ApplicationUrl);
        a.DateMiseAJourSource = l.DateUpdated?.ToUniversalTime();
        a.Locale = false;
        a.OrganisationId = null;
        IndexationAide.Calculer(a, texteDescription, texteEligibilite);
    }

    /// <summary>L'empreinte de ce que la source donne (avant nettoyage : un changement de la source se voit).</summary>
    public static long Empreinte(AideTerritoiresJson l)
    {
        ArgumentNullException.ThrowIfNull(l);
        object?[] valeurs =
        [
            l.Id,
            l.Slug,
            l.Name,
            l.ShortTitle,
            Joindre(l.Financers),
            Joindre(l.Instructors),
            Joindre(l.Programs),
            l.Description,
            l.Eligibility,
            l.Perimeter,
            Joindre(l.Categories),
            Joindre(l.TargetedAudiences),
            Joindre(l.AidTypes),
            Joindre(l.Destinations),
            Joindre(l.MobilizationSteps),
            l.IsCallForProject,
            l.StartDate,
            l.PredepositDate,
            l.SubmissionDeadline,
            l.SubventionRateLowerBound,
            l.SubventionRateUpperBound,
            l.LoanAmount,
            l.RecoverableAdvanceAmount,
            l.Recurrence,
            l.Contact,
            l.OriginUrl,
            l.ApplicationUrl,
            l.DateUpdated?.ToUniversalTime().ToString("O"),
        ];
        return EmpreinteLigne.De(valeurs);
    }

    private static string? Joindre(List<string>? l) => l is null ? null : string.Join('\u001E', l);

    private static string? Texte(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> Liste(List<string>? l) =>
        l is null ? [] : l.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToList();
}
