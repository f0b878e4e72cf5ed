using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationDemandeComplement : IEntityTypeConfiguration<DemandeComplement>
{
    public void Configure(EntityTypeBuilder<DemandeComplement> b)
    {
        b.ToTable("DemandesComplement");
        b.HasKey(x => x.Id);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Pieces).HasMaxLength(500);
        b.Property(x => x.DemandeePar).HasMaxLength(256);
        b.Property(x => x.Reponse).HasMaxLength(2000);
        b.Property(x => x.ReponduePar).HasMaxLength(256);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Ouverte);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OperationId);
    }
}
