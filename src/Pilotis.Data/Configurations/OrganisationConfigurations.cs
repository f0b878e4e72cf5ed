using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(200);
        b.Property(x => x.Siren).HasMaxLength(9);
        b.Property(x => x.PerimetreCode).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Perimetre);
        b.Ignore(x => x.Localisation);
        b.HasIndex(x => x.Nom);
        b.HasIndex(x => x.DepartementCode);
    }
}

internal sealed class UtilisateurConfiguration : IEntityTypeConfiguration<Utilisateur>
{
    public void Configure(EntityTypeBuilder<Utilisateur> b)
    {
        b.Property(x => x.NomComplet).HasMaxLength(200);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntreeJournalConfiguration : IEntityTypeConfiguration<EntreeJournal>
{
    public void Configure(EntityTypeBuilder<EntreeJournal> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.Entite).HasMaxLength(100);
        b.Property(x => x.EntiteId).HasMaxLength(200);
        b.HasIndex(x => x.Quand);
        b.HasIndex(x => new { x.Entite, x.EntiteId });
        b.HasIndex(x => x.OrganisationId);
    }
}

internal sealed class ReglageConfiguration : IEntityTypeConfiguration<Reglage>
{
    public void Configure(EntityTypeBuilder<Reglage> b)
    {
        b.HasKey(x => x.Cle);
        b.Property(x => x.Cle).HasMaxLength(100);
        b.Property(x => x.Valeur).HasMaxLength(1000);
    }
}
