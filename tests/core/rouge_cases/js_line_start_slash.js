x = a
/b/g.test(y)
var re = /a+/;
