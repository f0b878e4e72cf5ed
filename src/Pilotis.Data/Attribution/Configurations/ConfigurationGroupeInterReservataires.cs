using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationGroupeInterReservataires : IEntityTypeConfiguration<GroupeInterReservataires>
{
    public void Configure(EntityTypeBuilder<GroupeInterReservataires> b)
    {
        b.ToTable("GroupesInterReservataires");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Nom).HasMaxLength(GroupeInterReservataires.LongueurNomMaximum);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Membres).WithOne().HasForeignKey(x => x.GroupeId).OnDelete(DeleteBehavior.Cascade);
        // Un programme n'a qu'un groupe.
        b.HasIndex(x => x.OperationId).IsUnique();
        b.HasIndex(x => new { x.EpciSiren, x.CreeLe });
    }
}
