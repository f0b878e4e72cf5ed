using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Configurations;

/// <summary>
/// Sérialisation JSON des listes rangées dans une colonne (membres du ménage, critères d'une grille). Une seule
/// définition sert à EF Core et aux écritures en masse (COPY binaire PostgreSQL), pour que les deux écrivent la même chose.
/// </summary>
public static class ColonnesJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Ecrire<T>(List<T> valeurs) => JsonSerializer.Serialize(valeurs, Options);

    public static List<T> Lire<T>(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    internal static PropertyBuilder<List<T>> EnJson<T>(this PropertyBuilder<List<T>> propriete) =>
        propriete.HasConversion(
            v => Ecrire(v),
            v => Lire<T>(v),
            new ValueComparer<List<T>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x == null ? 0 : x.GetHashCode())),
                v => v.ToList()
            )
        );
}

internal sealed class DemandeLogementConfiguration : IEntityTypeConfiguration<DemandeLogement>
{
    public void Configure(EntityTypeBuilder<DemandeLogement> b)
    {
        b.ToTable("Demandes");
        b.HasKey(x => x.Id);
        b.Property(x => x.NumeroUnique).HasMaxLength(DemandeLogement.LongueurNumeroUniqueMaximum);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.Membres).EnJson().HasMaxLength(4000);
        b.Property(x => x.RevenuFiscalReference).HasPrecision(12, 2);
        b.Property(x => x.RessourcesMensuelles).HasPrecision(10, 2);
        b.Property(x => x.CommuneResidenceCode).HasMaxLength(5);
        b.Property(x => x.CommuneTravailCode).HasMaxLength(5);
        b.Property(x => x.CommuneAttributionCode).HasMaxLength(5);
        b.Property(x => x.CommunePrincipaleCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.UnitesConsommation).HasPrecision(4, 1);
        b.Property(x => x.RessourcesParUc).HasPrecision(12, 0);
        b.Property(x => x.Score).HasPrecision(9, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.EstPurgee);
        b.HasIndex(x => x.NumeroUnique).IsUnique();
        // Listes d'un département et tableaux de bord : département puis statut.
        b.HasIndex(x => new { x.DepartementCode, x.Statut });
        // Demandes similaires (même premier choix de commune et typologie) classées par score : information du demandeur.
        b.HasIndex(x => new
        {
            x.CommunePrincipaleCode,
            x.TypologiePrincipale,
            x.Statut,
            x.Score,
        });
        // Cotation, quartiles et simulation d'une grille : les demandes actives d'un EPCI.
        b.HasIndex(x => new { x.EpciSiren, x.Statut }).IncludeProperties(x => new { x.RessourcesParUc });
        // Échéances : radiations automatiques et purges.
        b.HasIndex(x => new { x.Statut, x.DateFinValidite });
        b.HasIndex(x => new { x.Statut, x.DateRadiation });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.GuichetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Communes).WithOne().HasForeignKey(c => c.DemandeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommuneSouhaiteeConfiguration : IEntityTypeConfiguration<CommuneSouhaitee>
{
    public void Configure(EntityTypeBuilder<CommuneSouhaitee> b)
    {
        b.ToTable("CommunesSouhaitees");
        b.HasKey(x => new { x.DemandeId, x.Rang });
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        // Classement des candidats pour un logement d'une commune : toutes les demandes qui la souhaitent, à tout rang.
        b.HasIndex(x => new { x.CommuneCode, x.DemandeId });
    }
}

internal sealed class PlafondRessourcesParametreConfiguration : IEntityTypeConfiguration<PlafondRessourcesParametre>
{
    public void Configure(EntityTypeBuilder<PlafondRessourcesParametre> b)
    {
        b.ToTable("PlafondsRessources");
        b.HasKey(x => x.Id);
        foreach (
            var p in new[]
            {
                nameof(PlafondRessourcesParametre.Categorie1),
                nameof(PlafondRessourcesParametre.Categorie2),
                nameof(PlafondRessourcesParametre.Categorie3),
                nameof(PlafondRessourcesParametre.Categorie4),
                nameof(PlafondRessourcesParametre.Categorie5),
                nameof(PlafondRessourcesParametre.Categorie6),
                nameof(PlafondRessourcesParametre.ParPersonneSupplementaire),
            }
        )
        {
            b.Property<decimal>(p).HasPrecision(12, 2);
        }
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.Annee,
                x.Geographie,
                x.Produit,
            })
            .IsUnique();
    }
}

internal sealed class SeuilQuartileOfficielConfiguration : IEntityTypeConfiguration<SeuilQuartileOfficiel>
{
    public void Configure(EntityTypeBuilder<SeuilQuartileOfficiel> b)
    {
        b.ToTable("SeuilsQuartileOfficiels");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Seuil).HasPrecision(12, 0);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.EpciSiren, x.Annee }).IsUnique();
    }
}

internal sealed class GrilleCotationConfiguration : IEntityTypeConfiguration<GrilleCotation>
{
    public void Configure(EntityTypeBuilder<GrilleCotation> b)
    {
        b.ToTable("GrillesCotation");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Commentaire).HasMaxLength(2000);
        b.Property(x => x.Criteres).EnJson().HasMaxLength(20000);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.EpciSiren, x.Version }).IsUnique();
    }
}

internal sealed class PurgeDemandesConfiguration : IEntityTypeConfiguration<PurgeDemandes>
{
    public void Configure(EntityTypeBuilder<PurgeDemandes> b)
    {
        b.ToTable("PurgesDemandes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Declencheur).HasMaxLength(200);
    }
}
