using System.Diagnostics;
using Pilotis.Data.Import;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Import de l'extrait du registre national des demandes (CSV, docs/formats/demandes.md), en flux et à mémoire
/// constante quelle que soit la taille du fichier (2,8 millions de lignes au national), en une seule passe
/// (<see cref="PasseImport{T}"/>, ADR 0018) : chaque ligne est lue, vérifiée (format, <see cref="ValidationDemande"/>,
/// département autorisé, numéro unique en double dans le fichier) et, bonne, envoyée aussitôt à
/// <see cref="EcritureMasseDemandes"/> (COPY binaire ou requêtes préparées, une transaction). Une seule ligne fausse
/// et la transaction est annulée : rien n'est écrit, chaque erreur étant rapportée avec son numéro de ligne (les
/// <see cref="ErreursListees"/> premières, plus le total).
/// </summary>
public sealed class ImportDemandes(PilotisDbContext db, TimeProvider? horloge = null)
{
    public const int ErreursListees = 1000;

    /// <summary>Action de l'entrée de journal de synthèse ; la source (fichier, auteur) est dans ses détails.</summary>
    public const string ActionJournal = "Import des demandes";
    private const string SourceParDefaut = "Import de l'extrait du registre des demandes";
    private readonly TimeProvider _horloge = horloge ?? db.Horloge;

    /// <param name="ouvrir">Ouvre le fichier (une fois ; une seconde seulement si un numéro semble en
    /// double).</param>
    /// <param name="departementAutorise">Départements que l'acteur peut importer (DDTM : le sien) ; null :
    /// tous.</param>
    public async Task<BilanImportDemandes> ExecuterAsync(
        Func<Stream> ouvrir,
        Func<string, bool>? departementAutorise = null,
        string? auteur = null,
        IProgress<ProgressionImportDemandes>? progression = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(ouvrir);
        var chrono = Stopwatch.StartNew();
        var maintenant = _horloge.GetUtcNow();
        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        // Communes lues par département à la première rencontrée : un petit fichier ne lit que ce qu'il nomme.
        var referentiel = await ReferentielDemandes.ChargerALaDemandeAsync(db, ct);
        var departements = await ReferentielDemandes.DepartementsAsync(db, ct);
        var passe = new PasseImportDemandes(
            ouvrir,
            referentiel,
            departements,
            aujourdhui,
            departementAutorise,
            progression
        );
        var resultat = await new EcritureMasseDemandes(db, referentiel, maintenant).EcrireAsync(
            passe.Lire(ct),
            ActionJournal,
            source: auteur ?? SourceParDefaut,
            abandon: passe.Abandonner,
            ct: ct
        );
        if (passe.Echec is { } echec)
            return Echec(echec, passe.Avertissements);
        if (passe.Erreurs.Nombre == 0 && passe.Lignes == 0)
            return Echec(
                new(1, "Le fichier ne contient aucune ligne de données après l'en-tête."),
                passe.Avertissements
            );
        if (passe.Erreurs.Nombre > 0)
        {
            var erreurs = passe.Erreurs;
            return new BilanImportDemandes(passe.Lignes, 0, 0, 0, erreurs.Liste, erreurs.Nombre, passe.Avertissements)
            {
                DureeVerification = resultat.DureeCopie,
            };
        }
        // Les demandes ajoutées, renouvelées ou modifiées sont cotées tout de suite, et l'index de classement les
        // reprend (ADR 0020). Un seul appel après le chargement.
        if (resultat.Ajoutees + resultat.Modifiees > 0)
            await CotationEnMasse.CoterModifieesDepuisAsync(db, maintenant, aujourdhui, ct);
        return new BilanImportDemandes(
            resultat.Lues,
            resultat.Ajoutees,
            resultat.Modifiees,
            resultat.Inchangees,
            [],
            0,
            passe.Avertissements
        )
        {
            // Une passe : la vérification se fait pendant l'écriture (SQLite) ou le COPY (PostgreSQL).
            DureeVerification = resultat.DureeCopie > TimeSpan.Zero ? resultat.DureeCopie : chrono.Elapsed,
            DureeEcriture = resultat.DureeFusion,
            DureeCopie = resultat.DureeCopie,
            DureeFusion = resultat.DureeFusion,
        };
    }

    private static BilanImportDemandes Echec(ErreurLigne erreur, List<string> avertissements) =>
        new(0, 0, 0, 0, [erreur], 1, avertissements);

    /// <summary>Empreinte 64 bits d'une clé (numéro unique, identifiant RPLS) : <see cref="CleImport.Hacher"/>.
    /// </summary>
    internal static ulong Empreinte(string numero) => CleImport.Hacher(numero);
}
