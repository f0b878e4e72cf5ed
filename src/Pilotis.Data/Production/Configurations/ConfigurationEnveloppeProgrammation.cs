using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationEnveloppeProgrammation : IEntityTypeConfiguration<EnveloppeProgrammation>
{
    public void Configure(EntityTypeBuilder<EnveloppeProgrammation> b)
    {
        b.ToTable("EnveloppesProgrammation");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Montant).HasPrecision(14, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.Annee,
                x.DepartementCode,
                x.EpciSiren,
            })
            .IsUnique();
    }
}
