using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationCommissionCaleol : IEntityTypeConfiguration<CommissionCaleol>
{
    public void Configure(EntityTypeBuilder<CommissionCaleol> b)
    {
        b.ToTable("CommissionsCaleol");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(CommissionCaleol.LongueurNomMaximum);
        b.Property(x => x.TerritoireCode).HasMaxLength(9);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BailleurId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Membres).WithOne().HasForeignKey(x => x.CommissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.BailleurId);
    }
}
