#!/usr/bin/perl
use strict;
my @pages = ('a', 'b');
foreach my $p (@pages) { print "$p\n"; }
package My::Site;
sub render {
    my ($self, %args) = @_;
    (my $s = $args{title}) =~ s/^\s+|\s+$//g;
    my @w = qw(a b c);
    return sprintf("%s: %d\n", $s, scalar @w) if $s =~ m{\w+}i;
    print STDERR "no title: ${s}\n";
}
1;
__END__
=pod
