using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>Un site valide de Nîmes, que chaque test modifie.</summary>
internal static class Sites
{
    public static SiteFoncier Nouveau(StatutSite statut = StatutSite.Identifie) =>
        new()
        {
            Identifiant = "NIM-001",
            Nom = "Friche de la gare",
            CommuneCode = "30189",
            EpciSiren = "243000643",
            DepartementCode = "30",
            RegionCode = "76",
            Parcelles = "30189000AB0123",
            SurfaceM2 = 4_000,
            Zone = ZonePlu.U,
            Proprietaire = TypeProprietaire.Public,
            Statut = statut,
            OperationId = statut is StatutSite.EnOperation or StatutSite.Construit ? 7 : null,
        };
}
