using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Data.Financement.Equilibre.Configurations;

internal sealed class ConfigurationParametreFinancier : IEntityTypeConfiguration<ParametreFinancier>
{
    public void Configure(EntityTypeBuilder<ParametreFinancier> b)
    {
        b.ToTable("ParametresFinanciers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(80);
        b.Property(x => x.Valeur).HasPrecision(14, 6);
        b.Property(x => x.Source).HasMaxLength(ParametreFinancier.LongueurSourceMaximum);
        b.Property(x => x.ModifiePar).HasMaxLength(200);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Une valeur par paramètre et par date d'effet : la ligne en vigueur est la plus récente avant la date.
        b.HasIndex(x => new { x.Code, x.ValideDepuis }).IsUnique();
    }
}
