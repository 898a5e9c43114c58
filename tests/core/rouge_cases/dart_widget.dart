import 'package:flutter/material.dart';
part of 'app.dart';

/// A page widget.
@immutable
class PageView extends StatelessWidget {
  final String title;
  const PageView({Key? key, required this.title}) : super(key: key);

  @override
  Widget build(BuildContext context) {
    var count = 0x1F + 3.5e2;
    return Text('Title: $title ${count.toString()}\n', style: r'raw $x');
  }
}

Future<void> main() async {
  runApp(PageView(title: "Home"));
}
