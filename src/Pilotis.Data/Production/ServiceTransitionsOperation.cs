using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>
/// Le seul chemin d'écriture d'une transition d'opération (fiche, import, API…) : calcule le contexte (complétude selon
/// la
/// liste de dépôt du département, demandes de pièces ouvertes, date du jour), applique la table du domaine
/// (<see cref="TransitionsOperation.Appliquer"/>), puis enregistre statut et dates, l'événement de la frise et, quand
/// la
/// transition l'exige, l'instantané de phase. Une transition refusée ne modifie rien.
/// </summary>
public sealed class ServiceTransitionsOperation(PilotisDbContext db, TimeProvider horloge)
{
    public const string MessageConcurrence =
        "Cette opération a été modifiée par quelqu'un d'autre depuis "
        + "l'affichage de la page : rechargez-la avant de recommencer.";

    public DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    /// <summary>
    /// Complétude actuelle du dossier (lots chargés), selon la liste de dépôt du département (<see
    /// cref="ListeDepot"/>).
    /// </summary>
    public Task<Completude> CompletudeAsync(Operation operation, CancellationToken ct = default) =>
        RequetesProduction.CompletudeAsync(db, operation, ct);

    /// <summary>Complétude, demandes de pièces sans réponse et date du jour de l'horloge injectée.</summary>
    public Task<ContexteTransitionOperation> ContexteAsync(Operation operation, CancellationToken ct = default) =>
        RequetesProduction.ContexteTransitionAsync(db, operation, Aujourdhui, ct);

    /// <summary>
    /// Applique la transition à une opération suivie par le contexte (lots et financements chargés) et enregistre.
    /// <paramref name="jeton"/> : le jeton de l'opération lu par l'utilisateur ; s'il a changé, la transition est
    /// refusée
    /// (deux clics concurrents n'appliquent pas deux fois la même étape).
    /// </summary>
    public async Task<ResultatTransitionOperation> AppliquerAsync(
        Operation operation,
        DemandeTransitionOperation demande,
        string auteur,
        Guid? jeton = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(demande);
        // Le contexte d'abord : la liste de dépôt peut être semée (et enregistrée) à son premier usage.
        var contexte = await ContexteAsync(operation, ct);
        if (jeton is Guid lu)
        {
            if (lu != operation.Jeton)
                return new ResultatTransitionOperation(MessageConcurrence, null, null);
            db.Entry(operation).Property(o => o.Jeton).OriginalValue = lu;
        }
        var resultat = TransitionsOperation.Appliquer(operation, demande, contexte);
        if (!resultat.Reussie)
            return resultat;

        var maintenant = horloge.GetUtcNow();
        operation.ModifieeLe = maintenant;
        db.EvenementsOperation.Add(
            new EvenementOperation
            {
                OperationId = operation.Id,
                Quand = maintenant,
                Type = TypeEvenement.Transition,
                Libelle = Tronquer(resultat.Evenement ?? demande.Action.Libelle(), 300),
                Detail = string.IsNullOrWhiteSpace(demande.Motif) ? null : Tronquer(demande.Motif.Trim(), 2000),
                Auteur = Tronquer(auteur, 256),
            }
        );
        if (resultat.InstantaneAPrendre is PhaseOperation phase)
        {
            db.InstantanesOperation.Add(Instantane(operation, phase, maintenant));
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (demande.Action == ActionOperation.DeclarerLivraison && operation.DateLivraison is DateOnly livraison)
                await MettreEnServiceAsync(operation, livraison, maintenant, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ResultatTransitionOperation(MessageConcurrence, null, null);
        }
        return resultat;
    }

    /// <summary>
    /// Une opération livrée apporte ses logements au répertoire et les déclare à attribuer (mise en service), dans la
    /// même transaction que la livraison : le bailleur les oriente et les réservataires du programme désignent.
    /// </summary>
    private async Task MettreEnServiceAsync(
        Operation operation,
        DateOnly livraison,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        if (await db.Logements.AnyAsync(l => l.OperationId == operation.Id, ct))
            return;
        var logements = LivraisonProgramme.Logements(operation, livraison, maintenant);
        if (logements.Count == 0)
            return;
        db.Logements.AddRange(logements);
        await db.SaveChangesAsync(ct);
        foreach (var logement in logements)
        {
            db.LogementsAAttribuer.Add(
                DeclarationDisponibilite.Creer(
                    logement,
                    OrigineDisponibilite.MiseEnService,
                    null,
                    livraison,
                    MotifExclusionFlux.Aucun,
                    maintenant
                )
            );
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>L'instantané d'une phase : le contenu actuel de l'opération, en JSON.</summary>
    public static InstantaneOperation Instantane(Operation operation, PhaseOperation phase, DateTimeOffset quand)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new InstantaneOperation
        {
            OperationId = operation.Id,
            Phase = phase,
            PrisLe = quand,
            Contenu = InstantanesJson.Ecrire(operation.Contenu()),
        };
    }

    private static string Tronquer(string texte, int longueur) => texte.Length <= longueur ? texte : texte[..longueur];
}
