using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationLogement : IEntityTypeConfiguration<Logement>
{
    public void Configure(EntityTypeBuilder<Logement> b)
    {
        b.ToTable("Logements");
        b.HasKey(x => x.Id);
        b.Property(x => x.IdentifiantRpls).HasMaxLength(Logement.LongueurIdentifiantMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Adresse).HasMaxLength(Logement.LongueurAdresseMaximum);
        b.Property(x => x.Surface).HasPrecision(7, 2);
        b.Property(x => x.LoyerMensuel).HasPrecision(10, 2);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BailleurId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ReservataireStockId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.SetNull);
        // L'identifiant RPLS est national et unique : clé du réimport.
        b.HasIndex(x => x.IdentifiantRpls).IsUnique();
        // Liste du parc d'un bailleur, filtrée par commune ; totaux par commune (page publique, fil du maire).
        b.HasIndex(x => new { x.BailleurId, x.CommuneCode });
        b.HasIndex(x => new { x.CommuneCode, x.Typologie });
    }
}
